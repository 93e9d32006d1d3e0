import { Logger } from '@nestjs/common';

export interface PollLoopOptions {
  /** Wait this long when a step found nothing to do. */
  readonly idleMs: number;
  /** A step that handled this many items (a full batch) runs again at once. */
  readonly fullBatch: number;
  /** Longest wait after repeated failures (Redis or PostgreSQL down). */
  readonly maxBackoffMs: number;
}

/**
 * Runs a step again and again: at once after a full batch, after a short pause when idle, and
 * with exponential backoff while it fails. Every workers process runs its own loops; the steps
 * use FOR UPDATE SKIP LOCKED, so any number of them share the work without doing it twice.
 */
export class PollLoop {
  private running = false;
  private done: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;
  private readonly logger: Logger;

  constructor(private readonly name: string, private readonly step: () => Promise<number>, private readonly options: PollLoopOptions) {
    this.logger = new Logger(name);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.done = this.loop();
  }

  /** Stops after the step in progress, if any, has finished. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.done;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let wait: number;
      try {
        const handled = await this.step();
        failures = 0;
        wait = handled >= this.options.fullBatch ? 0 : handled > 0 ? Math.min(10, this.options.idleMs) : this.options.idleMs;
      } catch (error) {
        failures++;
        wait = Math.min(this.options.maxBackoffMs, this.options.idleMs * 2 ** Math.min(failures, 10));
        if (failures === 1 || failures % 20 === 0) {
          this.logger.warn({ msg: `${this.name} failed; retrying with backoff`, error: (error as Error).message, failures, retryInMs: wait });
        }
      }
      if (wait > 0 && this.running) await this.sleep(wait);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.wake = null; resolve(); }, ms);
      this.wake = () => { clearTimeout(timer); this.wake = null; resolve(); };
    });
  }
}
