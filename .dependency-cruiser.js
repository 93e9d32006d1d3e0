/** Module boundaries from STYLE.md §2, checked in npm test. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds the rules only: no framework, database, queue or other lib.',
      severity: 'error',
      // Specs may use test libraries (fast-check); the rules themselves may not import anything.
      from: { path: '^libs/domain', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^libs/domain', '^node:', '^(crypto|util)$'] },
    },
    {
      name: 'apps-do-not-import-apps',
      comment: 'Apps share only libs/ and queue contracts.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'production-code-does-not-import-testing',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: ['^libs/testing', '\\.(spec|int-spec|e2e-spec)\\.ts$'] },
      to: { path: '^libs/testing' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'import', 'node', 'default'] },
  },
};
