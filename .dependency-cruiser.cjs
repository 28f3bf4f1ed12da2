/**
 * The import rules of src/ (checked in `npm test` by `npm run depcheck`; `npm run depgraph` draws the graph).
 *
 *   app/  →  features/*  →  state/ ui/ map/ data/ catalog/ i18n/ pwa/  →  geo/
 *
 * app/ is the composition root (entry, shell layout, registry, store composition, URL sync). A feature imports
 * the shared layers and never another feature; outside code reaches a feature through its index.ts only.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type imports included: share types through a module that imports nothing back.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'geo-is-pure',
      severity: 'error',
      comment:
        'src/geo is pure geometry and units: no React, store, i18n, MapLibre, and nothing of src outside geo (fact tables of geodata/sources/*.json are data, allowed).',
      from: { path: '^src/geo/' },
      to: {
        pathNot: [
          '^src/geo/',
          '^geodata/sources/[^/]+[.]json$',
          'node_modules/(?!(react|react-dom|zustand|i18next|react-i18next|maplibre-gl)/)',
        ],
      },
    },
    {
      name: 'shared-layers-do-not-import-features',
      severity: 'error',
      comment: 'state, ui, map, data, catalog, i18n and pwa serve every feature and know none of them.',
      from: { path: '^src/(state|ui|map|data|catalog|i18n|pwa)/' },
      to: { path: '^src/(features|app)/' },
    },
    {
      name: 'features-do-not-import-app',
      severity: 'error',
      comment: 'app/ mounts the features; a feature never reaches back into it.',
      from: { path: '^src/features/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'features-do-not-import-each-other',
      severity: 'error',
      comment: 'What two features share belongs in a shared layer (state, ui, map, data, catalog, geo).',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'feature-entry-only',
      severity: 'error',
      comment: "Outside a feature's folder, only its index.ts may be imported (tests aside).",
      from: { path: '^src/', pathNot: '^src/features/' },
      to: { path: '^src/features/[^/]+/', pathNot: '^src/features/[^/]+/index\\.tsx?$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      // Vite's virtual modules (the PWA plugin's registration) are resolved at build time.
      to: { couldNotResolve: true, pathNot: '^(virtual:|vite-plugin-pwa/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.css$', '\\?'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: {
      dot: {
        collapsePattern: '^(src/features/[^/]+|src/[^/]+|node_modules/(@[^/]+/)?[^/]+)',
      },
    },
  },
};
