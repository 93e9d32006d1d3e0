export * from './area-directory';
export * from './national-distributions.csv';
export * from './national-figures';
export * from './population-flows-from';
export * from './recompute-sufficiency.use-case';
export * from './sufficiency-figures.module';
export * from './sufficiency-report';
export * from './take-sufficiency-snapshot.use-case';
