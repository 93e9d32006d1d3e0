import { Global, Module } from '@nestjs/common';
import { NotifyClient } from 'notifications-node-client';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { GovukNotifyNotifier, type NotifyApi } from './govuk-notify-notifier';
import { LocalNotifier } from './local-notifier';
import { NOTIFIER, type Notifier } from './notifier';

/** The GOV.UK Notify adapter when NOTIFY_API_KEY is set, otherwise the local one: the platform works with no third party. */
export function notifierFor(config: HearthConfig): Notifier {
  if (!config.notifyApiKey) return new LocalNotifier();
  const api = new NotifyClient(config.notifyApiKey) as unknown as NotifyApi;
  return new GovukNotifyNotifier(api, { templateIds: config.notifyTemplateIds, teamEmail: config.notifyTeamEmail ?? null });
}

@Global()
@Module({
  providers: [{ provide: NOTIFIER, inject: [HEARTH_CONFIG], useFactory: notifierFor }],
  exports: [NOTIFIER],
})
export class NotifyModule {}
