/**
 * The import rules of the code base, checked by `npm run lint` (`depcruise … --ignore-known`).
 *
 * Layers of the server, top to bottom; an import may only point down (or sideways inside a layer):
 *   entry     main.ts, app.ts, demo/, web/                    start, wire HTTP and WebSocket, serve the app
 *   edge      graphql/* plumbing, modules/X/*.resolver.ts, *.types.ts, *.http.ts, *.fanout.ts
 *                                                             turn requests into service calls and back
 *   wiring    services.ts                                     builds every service once
 *   domain    modules/X/ services, events, repositories, entities, pure rules
 *   ground    shared/, config/                                know no feature (config/database.ts lists the entities)
 * Edge files of a module may use only LEAF GraphQL plumbing: files that import no module themselves
 * (scalars, connection, http, rate-limit), or the context and grouping TYPES (type-only imports).
 *
 * Known violations that other work on issue 12 removes are listed in
 * .dependency-cruiser-known-violations.json (`npx depcruise-baseline server/src client/src
 * --config .dependency-cruiser.cjs` rewrites it); anything new fails.
 */

const MODULE_EDGE = '^server/src/modules/[^/]+/[^/]+\\.(resolver|types|http|fanout)\\.ts$';
const TEST = '\\.test\\.tsx?$';
const GRAPHQL_LIBRARIES =
  '(^|/)node_modules/(graphql|type-graphql|graphql-scalars|graphql-ws|@apollo/[^/]+|@as-integrations/[^/]+)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A loop makes both ends load in an order nobody chose, and neither can change alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-stays-below-the-edge',
      comment:
        'Services, events, repositories and entities run without GraphQL or HTTP: they never import the plumbing, the wiring or the entry.',
      severity: 'error',
      from: { path: '^server/src/modules/', pathNot: [MODULE_EDGE, TEST] },
      to: {
        path: [
          '^server/src/(graphql|web|demo)/',
          '^server/src/(services|app|main)\\.ts$',
          '\\.resolver\\.ts$',
        ],
      },
    },
    {
      name: 'domain-without-graphql-libraries',
      comment:
        'Services and repositories raise domain errors (shared/errors.ts); GraphQL is the edge’s business. Direct imports only: services still return their module’s *.types.ts classes.',
      severity: 'error',
      from: { path: '^server/src/modules/', pathNot: [MODULE_EDGE, TEST] },
      to: { path: GRAPHQL_LIBRARIES },
    },
    {
      name: 'edge-uses-leaf-plumbing',
      comment:
        'A resolver or GraphQL type may use plumbing that imports no module (scalars, connection, http, rate-limit); context and grouping only as types.',
      severity: 'error',
      from: { path: MODULE_EDGE },
      to: {
        path: '^server/src/graphql/',
        pathNot: '^server/src/graphql/(scalars|connection|http|rate-limit)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'leaf-plumbing-stays-leaf',
      comment: 'The plumbing that modules may import must not import modules back, or it would close a loop.',
      severity: 'error',
      from: { path: '^server/src/graphql/(scalars|connection|http|rate-limit|errors)\\.ts$' },
      to: { path: ['^server/src/modules/', '^server/src/services\\.ts$'] },
    },
    {
      name: 'wiring-above-the-domain-only',
      comment: 'services.ts builds services; it knows nothing of GraphQL or HTTP.',
      severity: 'error',
      from: { path: '^server/src/services\\.ts$' },
      to: { path: ['^server/src/(graphql|web|demo)/', '^server/src/(app|main)\\.ts$', MODULE_EDGE] },
    },
    {
      name: 'shared-is-the-ground',
      comment: 'shared/ holds helpers that know no feature: it imports only shared/ and libraries.',
      severity: 'error',
      from: { path: '^server/src/shared/' },
      to: { path: '^server/src/', pathNot: '^server/src/shared/' },
    },
    {
      name: 'config-is-the-ground',
      comment: 'config/ reads the environment and sets up the ORM: it may list entities, nothing above them.',
      severity: 'error',
      from: { path: '^server/src/config/' },
      to: {
        path: '^server/src/',
        pathNot: ['^server/src/(config|shared)/', '^server/src/modules/[^/]+/[^/]+\\.entity\\.ts$'],
      },
    },
    {
      name: 'module-internals-stay-inside',
      comment:
        'A module’s entities and repositories are its own: another module asks its service (or a read model it publishes).',
      severity: 'error',
      // reports/ is the read side: it reads every module's tables, and its read models are for everyone.
      from: { path: '^server/src/modules/([^/]+)/', pathNot: [TEST, '^server/src/modules/reports/'] },
      to: {
        path: '^server/src/modules/[^/]+/[^/]+\\.(entity|repository)\\.ts$',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/reports/'],
      },
    },
    {
      name: 'module-internals-not-from-outside',
      comment:
        'Outside modules/, only the ORM setup (config/) lists entities; everything else goes through a service.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: ['^server/src/(modules|config)/', TEST] },
      to: { path: '^server/src/modules/[^/]+/[^/]+\\.(entity|repository)\\.ts$' },
    },
    {
      name: 'client-ui-knows-no-graphql',
      comment: 'client/src/ui holds primitives shared by both apps; data comes in through props.',
      severity: 'error',
      from: { path: '^client/src/ui/' },
      to: { path: ['^client/src/(apollo|features|gql)/', '(^|/)node_modules/(@apollo/client|graphql)/'] },
    },
    {
      name: 'client-not-into-the-server',
      comment:
        'The client talks to the server over GraphQL only; its types come from the generated client/src/gql.',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.d.ts'] },
  },
};
