export * from './application-fields';
export * from './application-sections';
export * from './validate-section';
export * from './application-progress';
export * from './application-stage-text';
