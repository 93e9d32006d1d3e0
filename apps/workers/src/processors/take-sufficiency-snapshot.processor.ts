import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@app/domain';
import { TAKE_SUFFICIENCY_SNAPSHOT, type TakeSufficiencySnapshotPayload } from '@app/queue';
import { TakeSufficiencySnapshotUseCase } from '@app/sufficiency';
import { WORKER_CLOCK } from '../worker-clock';
import type { JobProcessor } from './job-processor';

/** The daily snapshot: the day is the workers' clock's London day, so a retry that day replaces rather than adds. */
@Injectable()
export class TakeSufficiencySnapshotProcessor implements JobProcessor<TakeSufficiencySnapshotPayload> {
  readonly contract = TAKE_SUFFICIENCY_SNAPSHOT;

  constructor(
    private readonly useCase: TakeSufficiencySnapshotUseCase,
    @Inject(WORKER_CLOCK) private readonly clock: Clock,
  ) {}

  process(): Promise<unknown> {
    return this.useCase.execute(this.clock.now());
  }
}
