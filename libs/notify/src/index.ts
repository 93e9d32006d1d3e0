export * from './notifier';
export * from './local-notifier';
export * from './govuk-notify-notifier';
export * from './notify.module';
