// Builds the whole server: Express for the client and the HTTP API, Colyseus on the same port.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineRoom, defineServer, matchMaker, type AuthContext, type Server } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { MAX_MESSAGE_BYTES } from '../shared/protocol.ts';
import { loadCatalog, loadTemplateTexts } from './catalog.ts';
import { apiRouter, schemaUrlOf } from './http/api.ts';
import { scenarioJsonSchema } from '../shared/scenario/json-schema.ts';
import { compressAnswers, staticClient } from './http/static.ts';
import { Registry } from './registry.ts';
import { SessionRoom } from './rooms/session-room.ts';
import { Store } from './store/store.ts';
import { LEASE_MS, createCluster, type ClusterConfig } from './cluster.ts';
import { JoinGate, type GateLimits } from './join-gate.ts';
import { compileTrust } from './client-address.ts';
import { MATCHMAKE_BODY_BYTES, frontDoor } from './front-door.ts';
import { matchmakeRoute, serveMatchmake } from './matchmake-route.ts';
import { SpreadHeartbeatTransport } from './heartbeat.ts';
import { ltiServer, type LtiOptions, type LtiServer } from './lti/server.ts';

// Full states of a big class (dozens of tables) exceed the encoder's default 8 KiB buffer.
Encoder.BUFFER_SIZE = 1024 * 1024;

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface AppOptions {
  dataDir: string;
  scenarioDir?: string;
  clientDir?: string;
  /** Several processes sharing a Redis; without it, one process serves everything (the default). */
  cluster?: ClusterConfig;
  /** INSTRUCTOR_KEY: when set, creating a session needs it; when unset, anyone may create one. */
  instructorKey?: string;
  /** TRUST_PROXY: which proxies may say who the client is (X-Forwarded-For); none by default. */
  trustProxy?: string;
  /** How many seat reservations may wait for their socket, per address, token or host (JOIN_PENDING_PER_ADDRESS). */
  joinLimits?: Partial<GateLimits>;
  /** Launches from course platforms (LTI 1.3, server/lti/): the tool's public address and timings. */
  lti?: LtiOptions;
}

export interface App {
  server: Server;
  registry: Registry;
  store: Store;
  gate: JoinGate;
  /** The LTI tables, keys and grade passback. */
  lti: LtiServer;
  /**
   * Creates a room for every open session no process serves: after a restart, or (with several processes)
   * when a process died and its leases ran out.
   */
  restore(youngerThan?: number): Promise<number>;
}

/**
 * How long past the advertised keep-alive timeout (Node's 5 s, sent as `Keep-Alive: timeout=5`) an idle HTTP
 * connection stays open. A client may send its next request on an idle connection up to that timeout, and
 * Node's clients (fetch, and the WebSocket handshake, which reuses a pooled connection) do. With Node's own 1 s
 * margin, a server whose event loop stalls for a second or two (a join burst on a busy machine) runs the idle
 * timer before it reads the request that arrived in time: it closes the connection with the request unread, a
 * reset, and the join fails with an empty error. Thirty seconds of margin costs an idle socket each meanwhile.
 */
export const KEEP_ALIVE_GRACE_MS = 30_000;

/** How often a process of a cluster renews its leases and looks for sessions nobody serves. */
const SWEEP_MS = Math.max(500, Math.round(LEASE_MS / 3));

export function createApp(options: AppOptions): App {
  // Clients only join a session's room by id (found with its code) or reconnect to it: rooms are made by the
  // server alone, so the matchmaker's create / join / joinOrCreate are not offered to clients.
  matchMaker.controller.exposedMethods = ['joinById', 'reconnect'];
  const store = new Store(options.dataDir);
  const cluster = createCluster(options.cluster);
  const registry = new Registry(store, cluster.leases);
  const catalog = loadCatalog(options.scenarioDir ?? join(ROOT, 'scenarios'));
  const templates = loadTemplateTexts(options.scenarioDir ?? join(ROOT, 'scenarios'));
  // The schema as served states where it is served from, as its $id (the committed file names the default).
  const schema = scenarioJsonSchema();
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
  const startedAt = Date.now();
  const clientDir = options.clientDir ?? join(ROOT, 'dist', 'client');
  const lti = ltiServer(registry, catalog, options.lti);

  const httpServer = createServer();
  httpServer.keepAliveTimeoutBuffer = KEEP_ALIVE_GRACE_MS;
  const trust = compileTrust(options.trustProxy);
  // Every process of a cluster signs and checks join tickets with the same key, kept in the shared store.
  const gate = new JoinGate(registry, store.secret('join-ticket'), options.joinLimits);
  frontDoor(httpServer, {
    trust,
    ticketFor: (roomId, ticket) => typeof gate.check(roomId, ticket) !== 'string',
    matchmake: (req, res) => {
      const route = matchmakeRoute(req);
      if (!route) return false;
      // It answers every failure itself; a throw past it (a socket gone mid-answer) just ends the socket.
      serveMatchmake(req, res, route, MATCHMAKE_BODY_BYTES).catch(() => res.destroy());
      return true;
    },
  });
  /** The session room with the gate at matchmaking time (see join-gate.ts): a join shows it may join first. */
  class GatedSessionRoom extends SessionRoom {
    static override onAuth(ticket: string, joinOptions: unknown, context: AuthContext): Promise<unknown> {
      return new Promise((resolve) => resolve(gate.admit(ticket, joinOptions, context)));
    }
  }

  const server = defineServer({
    greet: false,
    presence: cluster.presence,
    driver: cluster.driver,
    publicAddress: cluster.publicAddress,
    selectProcessIdToCreateRoom: cluster.selectProcessIdToCreateRoom,
    // Frames past this size close the socket; smaller ones that are still too large get a readable error.
    // Its heartbeat spread over time (heartbeat.ts): the transport's own pings every socket in one loop.
    transport: new SpreadHeartbeatTransport({
      server: httpServer,
      maxPayload: MAX_MESSAGE_BYTES * 8,
    }),
    rooms: { session: defineRoom(GatedSessionRoom, { registry, gate } as never) },
    express: (app) => {
      app.disable('x-powered-by');
      // No ETag on the API's answers: nothing revalidates them, and hashing every answer (a join look-up with
      // its fresh ticket, above all) cost 1 % of a join burst's CPU. The client's files keep theirs (static.ts).
      app.set('etag', false);
      // req.ip by the same rule as the address Colyseus sees (client-address.ts).
      app.set('trust proxy', trust);
      // The dynamic answers only: the client's files come precompressed (or, below a few hundred bytes, not).
      app.use(['/api', '/scenario.schema.json'], compressAnswers());
      app.get('/healthz', async (_req, res) => {
        const rooms = await matchMaker.query({});
        res.json({
          status: 'ok',
          version,
          uptime: Math.round((Date.now() - startedAt) / 1000),
          rooms: rooms.length,
          clients: rooms.reduce((sum, r) => sum + r.clients, 0),
          // Which process answered and how many rooms it serves itself: with several processes, rooms and
          // clients above count the whole cluster.
          process: matchMaker.processId,
          processRooms: rooms.filter((r) => r.processId === matchMaker.processId).length,
        });
      });
      app.use(
        '/api',
        apiRouter({
          registry,
          catalog,
          templates,
          version,
          startedAt,
          gate,
          instructorKey: options.instructorKey || undefined,
          onDelete: (id) => lti.store.forgetSession(id),
        }),
      );
      app.use('/lti', lti.router);
      app.get('/scenario.schema.json', (req, res) => {
        res
          .type('application/schema+json')
          .send(JSON.stringify({ ...schema, $id: schemaUrlOf(req) }, null, 2));
      });
      if (existsSync(clientDir)) app.use(staticClient(clientDir));
      else
        app.get('/', (_req, res) =>
          res.type('text/plain').send('Buying Center server is running; the client is not built.'),
        );
    },
  });

  let restoring: Promise<number> | null = null;
  const restore = (youngerThan = 0) => {
    // One sweep at a time: a slow one (many sessions, a busy Redis) must not overlap the next.
    restoring ??= (async () => {
      let n = 0;
      const now = Date.now();
      for (const { id, createdAt } of store.openSessionIds()) {
        // A session just created is getting its room from the process that created it.
        if (now - createdAt < youngerThan) continue;
        if (registry.local(id) || (await registry.held(id))) continue;
        try {
          await matchMaker.createRoom('session', { sessionId: id });
          n += 1;
        } catch {
          // Another process took it first, or its scenario no longer loads: nothing to serve here.
        }
      }
      return n;
    })().finally(() => (restoring = null));
    return restoring;
  };

  if (cluster.presence) {
    // Leases expire unless renewed; a session whose process died is picked up by the next sweep anywhere.
    const timer = setInterval(() => {
      registry
        .renew()
        .then(() => (matchMaker.state === matchMaker.MatchMakerState.READY ? restore(LEASE_MS) : 0))
        .catch(() => undefined);
    }, SWEEP_MS);
    timer.unref();
    server.onShutdown(() => {
      clearInterval(timer);
      return Promise.resolve();
    });
  }
  server.onShutdown(() => {
    lti.passback.stop();
    return Promise.resolve();
  });

  return {
    server,
    registry,
    store,
    gate,
    lti,
    restore,
  };
}
