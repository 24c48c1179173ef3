// `npm start`: one process serving the client, the HTTP API and the game on PORT (default 2567).
// With REDIS_URL, several such processes share matchmaking (each with its own PUBLIC_ADDRESS; see docs/deploy.md).

// Colyseus waits 2 s for another process to answer a room call (a seat reservation, a health check); a
// process busy with a join burst can take longer, and the student's join would fail. Read when Colyseus
// loads, so it is set before the server is imported.
process.env.COLYSEUS_PRESENCE_SHORT_TIMEOUT ??= '6000';
const { createApp } = await import('./app.ts');
const { clusterFromEnv } = await import('./cluster.ts');
const { StoreDamagedError } = await import('./store/integrity.ts');
const { parseSealKey } = await import('./lti/seal.ts');

/** The app, or the reason its store is not fit to serve from (then the process ends with exit code 1). */
function openApp(options: Parameters<typeof createApp>[0]) {
  try {
    return createApp(options);
  } catch (error) {
    if (!(error instanceof StoreDamagedError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 2567);
const dataDir = process.env.DATA_DIR ?? './data';
const cluster = clusterFromEnv();
const instructorKey = process.env.INSTRUCTOR_KEY?.trim() || undefined;
const perAddress = Number(process.env.JOIN_PENDING_PER_ADDRESS);
/** LTI_SEAL_KEY: the key that seals LTI host secrets, kept out of the database (docs/lti.md). */
function sealKeyFromEnv(): Buffer | undefined {
  const text = process.env.LTI_SEAL_KEY;
  if (!text?.trim()) return undefined;
  try {
    return parseSealKey(text);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
const sealKey = sealKeyFromEnv();
const app = openApp({
  dataDir,
  scenarioDir: process.env.SCENARIO_DIR,
  cluster,
  instructorKey,
  trustProxy: process.env.TRUST_PROXY,
  lti: {
    ...(process.env.LTI_TOOL_URL ? { toolUrl: process.env.LTI_TOOL_URL } : {}),
    ...(sealKey ? { sealKey } : {}),
  },
  joinLimits:
    process.env.JOIN_PENDING_PER_ADDRESS && Number.isInteger(perAddress) && perAddress >= 0
      ? { perAddress }
      : {},
});
for (const warning of app.store.report?.warnings ?? []) console.warn(`Store: ${warning}`);
// A class joins at once when the code goes up: the kernel queues that many connections for the server to accept
// (Node's default of 511 drops the rest, whose clients then wait seconds to try again).
const LISTEN_BACKLOG = 4096;
await app.server.listen(port, undefined, LISTEN_BACKLOG);
const restored = await app.restore();
console.log(
  `Buying Center listening on http://localhost:${port} (data in ${dataDir}, ${restored} session(s) restored` +
    (cluster ? `, cluster via ${cluster.redisUrl} as ${cluster.publicAddress ?? 'no public address'}` : '') +
    (instructorKey ? ', creating sessions needs INSTRUCTOR_KEY)' : ', anyone may create sessions)'),
);
