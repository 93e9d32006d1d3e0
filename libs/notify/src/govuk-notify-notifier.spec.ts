import type { NotificationRecord } from '@app/persistence';
import { GovukNotifyNotifier, type NotifyApi } from './govuk-notify-notifier';
import { LocalNotifier } from './local-notifier';
import { DeliveryError } from './notifier';

const message = (overrides: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id: 'n-1', idempotencyKey: 'e-1.acknowledge-email.1', channel: 'email', template: 'acknowledge-email', recipientKind: 'applicant',
  recipientId: 'e-1', address: 'sam@example.com', personalisation: { reference: 'HRT-1' }, delivery: 'sending', providerId: null,
  createdAt: new Date(), ...overrides,
});

function fakeApi(behaviour: () => Promise<{ data: { id: string } }>) {
  const calls: unknown[][] = [];
  const api: NotifyApi = {
    sendEmail: (...args) => { calls.push(['email', ...args]); return behaviour(); },
    sendSms: (...args) => { calls.push(['sms', ...args]); return behaviour(); },
  };
  return { api, calls };
}

const settings = { templateIds: { 'acknowledge-email': 'f33517ff-2a88-4f6e-b855-c550268ce08a', 'acknowledge-sms': '7f4e2a4c-5b6e-4a1d-9a51-0d3c2b1e7a11' }, teamEmail: null };

describe('GovukNotifyNotifier', () => {
  it('sends through the official client with the configured template, passing the idempotency key as the reference', async () => {
    const { api, calls } = fakeApi(async () => ({ data: { id: 'notify-123' } }));
    const sut = new GovukNotifyNotifier(api, settings);
    await expect(sut.deliver(message())).resolves.toEqual({ providerId: 'notify-123' });
    expect(calls).toEqual([['email', settings.templateIds['acknowledge-email'], 'sam@example.com', { personalisation: { reference: 'HRT-1' }, reference: 'e-1.acknowledge-email.1' }]]);
  });

  it('sends text messages to the phone number', async () => {
    const { api, calls } = fakeApi(async () => ({ data: { id: 'notify-9' } }));
    await new GovukNotifyNotifier(api, settings).deliver(message({ channel: 'sms', template: 'acknowledge-sms', address: '07700 900982' }));
    expect(calls[0].slice(0, 3)).toEqual(['sms', settings.templateIds['acknowledge-sms'], '07700 900982']);
  });

  it.each([
    ['a refusal (400) fails for good', { response: { status: 400 } }, 'failed'],
    ['a rate limit (429) is tried again', { response: { status: 429 } }, 'retry'],
    ['an unreachable service is tried again', { code: 'ECONNREFUSED' }, 'retry'],
    ['a server error or timeout may have sent it, so it is never sent again', { response: { status: 500 } }, 'unknown'],
  ])('%s', async (_, error, outcome) => {
    const { api } = fakeApi(async () => { throw error; });
    const attempt = new GovukNotifyNotifier(api, settings).deliver(message());
    await expect(attempt).rejects.toBeInstanceOf(DeliveryError);
    await expect(attempt).rejects.toMatchObject({ outcome });
  });

  it('refuses a template with no configured id, and keeps team messages local when no team address is set', async () => {
    const { api, calls } = fakeApi(async () => ({ data: { id: 'x' } }));
    const sut = new GovukNotifyNotifier(api, settings);
    await expect(sut.deliver(message({ template: 'panel-warning' }))).rejects.toMatchObject({ outcome: 'failed' });
    await expect(sut.deliver(message({ template: 'acknowledge-email', recipientKind: 'team', address: null }))).resolves.toEqual({ providerId: null });
    expect(calls).toHaveLength(0);
  });

  it("writes to a named officer or manager at their work address, and a team's messages to the team address", async () => {
    const { api, calls } = fakeApi(async () => ({ data: { id: 'x' } }));
    const sut = new GovukNotifyNotifier(api, { templateIds: { 'first-contact-reminder': 'a1b2' }, teamEmail: 'fostering@council.example' });
    await sut.deliver(message({ template: 'first-contact-reminder', recipientKind: 'staff', recipientId: 'm-1', address: 'priya.shah@council.example' }));
    await sut.deliver(message({ template: 'first-contact-reminder', recipientKind: 'team', recipientId: 's-1', address: null }));
    expect(calls.map((c) => c[2])).toEqual(['priya.shah@council.example', 'fostering@council.example']);
  });
});

describe('LocalNotifier', () => {
  it('delivers by storing: the message is already in PostgreSQL', async () => {
    const sut = new LocalNotifier();
    expect(sut.initialDelivery).toBe('stored');
    await expect(sut.deliver(message())).resolves.toEqual({ providerId: null });
  });
});
