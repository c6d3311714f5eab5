import { createApp } from './app.js';
import { loadConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './config/embedded-postgres.js';
import { DEMO_LOGINS, loadDemoData } from './demo/demo-data.js';

const config = loadConfig();
let embedded: EmbeddedDatabase | undefined;
if (!config.databaseUrl) {
  console.log(`Starting embedded PostgreSQL in ${config.embeddedDataDir} …`);
  embedded = await startEmbeddedPostgres(config.embeddedDataDir, { persistent: true });
}
// /healthz (liveness) answers at once; /readyz only after the start-up data below.
const app = await createApp(
  { ...config, databaseUrl: config.databaseUrl ?? embedded!.url },
  { holdReadiness: true },
);

if (config.seedDemoData) {
  const demo = await loadDemoData(app.orm.em.fork(), app.services);
  console.log(demo.loaded ? 'Demo data loaded.' : 'Database already has data; demo data not loaded again.');
  console.log(`
  GraphQL (HTTP and WebSocket): ${app.url}
  Admin app:         ${new URL('/admin', app.url).href} (log in with an admin login below)
  Sites: ${demo.siteCodes.join(', ')}
  Operator login:    ${DEMO_LOGINS.operator.email} / ${DEMO_LOGINS.operator.password}
  Site admin (S0001): ${DEMO_LOGINS.siteAdmin.email} / ${DEMO_LOGINS.siteAdmin.password}
  Venue staff (S0001, みなと市役所 本庁舎): ${DEMO_LOGINS.venueStaff.email} / ${DEMO_LOGINS.venueStaff.password}
  Recipient tickets: S0001 1000000001…1000000020, S0002 2000000001…2000000020, S0003 3000000001…3000000005
                     birth date ${DEMO_LOGINS.birthDate} (until the holder sets a password)
  Press Ctrl-C to stop.
`);
} else {
  console.log(`GraphQL (HTTP and WebSocket): ${app.url}`);
  console.log(`Admin app: ${new URL('/admin', app.url).href}`);
}
app.markReady();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: draining connections and stopping …`);
  await app.close();
  // The embedded PostgreSQL ignores Ctrl-C (its own process group); it stops here, after the last request.
  await embedded?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
