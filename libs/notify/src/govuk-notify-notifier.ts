import type { NotificationRecord } from '@app/persistence';
import { DeliveryError, type Notifier } from './notifier';

/** The two calls of the official client (notifications-node-client) this adapter uses. */
export interface NotifyApi {
  sendEmail(templateId: string, emailAddress: string, options: { personalisation: Record<string, string>; reference: string }): Promise<{ data: { id: string } }>;
  sendSms(templateId: string, phoneNumber: string, options: { personalisation: Record<string, string>; reference: string }): Promise<{ data: { id: string } }>;
}

export interface GovukNotifySettings {
  /** Template id by template name (the follow-up kind, or `application-link`). */
  readonly templateIds: Readonly<Record<string, string>>;
  /** Where team messages go; without one they stay in the staff API only. */
  readonly teamEmail: string | null;
}

/** Errors of the network layer that mean the request never reached GOV.UK Notify. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET_BEFORE_SEND']);

/**
 * Sends recorded messages through GOV.UK Notify. The idempotency key goes as Notify's
 * `reference`, so a message can be traced from our ledger to Notify's.
 */
export class GovukNotifyNotifier implements Notifier {
  readonly name = 'govuk-notify' as const;
  readonly initialDelivery = 'queued' as const;

  constructor(private readonly api: NotifyApi, private readonly settings: GovukNotifySettings) {}

  async deliver(message: NotificationRecord): Promise<{ providerId: string | null }> {
    const templateId = this.settings.templateIds[message.template];
    if (!templateId) throw new DeliveryError('failed', `no GOV.UK Notify template id configured for ${message.template}`);
    const address = message.recipientKind === 'team' ? this.settings.teamEmail : message.address;
    if (!address) return { providerId: null };
    const options = { personalisation: message.personalisation, reference: message.idempotencyKey };
    try {
      const response = message.channel === 'sms'
        ? await this.api.sendSms(templateId, address, options)
        : await this.api.sendEmail(templateId, address, options);
      return { providerId: response.data.id };
    } catch (error) {
      throw classify(error);
    }
  }
}

function classify(error: unknown): DeliveryError {
  const e = error as { code?: string; response?: { status?: number } };
  const status = e.response?.status;
  if (status === 429) return new DeliveryError('retry', 'GOV.UK Notify rate limit');
  if (status !== undefined && status >= 400 && status < 500) return new DeliveryError('failed', `GOV.UK Notify refused the message (${status})`);
  if (status === undefined && e.code && NOT_SENT_CODES.has(e.code)) return new DeliveryError('retry', `GOV.UK Notify unreachable (${e.code})`);
  return new DeliveryError('unknown', `GOV.UK Notify may or may not have sent the message (${status ?? e.code ?? 'no answer'})`);
}
