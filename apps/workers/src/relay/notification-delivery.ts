import { Inject, Injectable, Logger } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { DeliveryError, NOTIFIER, type Notifier } from '@app/notify';
import { NotificationRepository, type NotificationRecord } from '@app/persistence';
import { PollLoop } from './poll-loop';

/**
 * Delivers messages a provider must send (GOV.UK Notify), after the transaction that recorded
 * them committed. Each is marked `sending` before the call: after a crash mid-call it is not sent
 * again but left for a person to check, because a duplicate message is the worse failure.
 */
@Injectable()
export class NotificationDelivery {
  readonly loop: PollLoop;
  private readonly logger = new Logger('NotificationDelivery');

  constructor(
    private readonly notifications: NotificationRepository,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(HEARTH_CONFIG) config: HearthConfig,
  ) {
    this.loop = new PollLoop('NotificationDelivery', () => this.deliverBatch(), { idleMs: Math.max(config.outboxRelayIdleMs, 500), fullBatch: 50, maxBackoffMs: 30_000 });
  }

  get needed(): boolean {
    return this.notifier.initialDelivery === 'queued';
  }

  async deliverBatch(): Promise<number> {
    const batch = await this.notifications.claimQueued(50);
    await Promise.all(batch.map((n) => this.deliverOne(n)));
    return batch.length;
  }

  private async deliverOne(n: NotificationRecord): Promise<void> {
    try {
      const { providerId } = await this.notifier.deliver(n);
      await this.notifications.markDelivery(n.id, providerId ? 'delivered' : 'stored', providerId);
    } catch (error) {
      const outcome = error instanceof DeliveryError ? error.outcome : 'unknown';
      await this.notifications.markDelivery(n.id, outcome === 'retry' ? 'queued' : outcome);
      if (outcome !== 'retry') this.logger.error({ msg: 'notification not delivered', notificationId: n.id, outcome, error: (error as Error).message });
    }
  }
}
