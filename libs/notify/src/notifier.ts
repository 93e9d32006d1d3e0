import type { NotificationRecord } from '@app/persistence';

/** Injection token for the configured Notifier. */
export const NOTIFIER = Symbol('NOTIFIER');

/**
 * Where follow-up messages go. Every message is first recorded in PostgreSQL under its
 * idempotency key, in the transaction that marks its follow-up done (so it is recorded once or not
 * at all); the notifier then says whether recording is the delivery (local) or a provider must send it.
 */
export interface Notifier {
  readonly name: 'local' | 'govuk-notify';
  /** `stored`: the row is the message, shown in the staff API. `queued`: deliver() sends it later. */
  readonly initialDelivery: 'stored' | 'queued';
  /** Sends one recorded message; throws DeliveryError saying whether trying again is safe. */
  deliver(message: NotificationRecord): Promise<{ providerId: string | null }>;
}

/**
 * A failed delivery. `retry`: the provider certainly did not get it; `failed`: it refused it for
 * good; `unknown`: it may have sent it, so it is not sent again (never twice beats maybe twice).
 */
export class DeliveryError extends Error {
  constructor(readonly outcome: 'retry' | 'failed' | 'unknown', message: string) {
    super(message);
    this.name = 'DeliveryError';
  }
}
