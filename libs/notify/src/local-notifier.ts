import type { NotificationRecord } from '@app/persistence';
import type { Notifier } from './notifier';

/** No third party: a message is delivered by being stored in PostgreSQL, where the staff API shows it. */
export class LocalNotifier implements Notifier {
  readonly name = 'local' as const;
  readonly initialDelivery = 'stored' as const;

  async deliver(_message: NotificationRecord): Promise<{ providerId: string | null }> {
    return { providerId: null };
  }
}
