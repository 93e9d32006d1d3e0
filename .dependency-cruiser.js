/** Module boundaries from STYLE.md §2, checked in npm test. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds the rules only: no framework, database, queue or other lib.',
      severity: 'error',
      from: { path: '^libs/domain' },
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
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { conditionNames: ['require', 'import', 'node', 'default'] },
  },
};
