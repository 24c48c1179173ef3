// The HTTP API: create a session, find one by its code, and the instructor's routes (host secret required).
// Every body is parsed with the protocol's schemas; answers never echo hidden information.
import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { matchMaker } from '@colyseus/core';
import {
  CreateSessionSchema,
  GradeWeightsPatchSchema,
  TableInstructorActionSchema,
  describeZodError,
  type SessionSource,
} from '../../shared/protocol.ts';
import { publicScenario } from '../../shared/rules/view.ts';
import { previewTable, seatPreviews } from '../../shared/session/preview.ts';
import { loadScenario, localize } from '../../shared/scenario/load.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { LiveSession, normalizeCode } from '../session.ts';
import type { Registry } from '../registry.ts';
import { RateLimiter } from '../limits.ts';
import { summarize } from '../catalog.ts';
import { checkSegmentPlan, segmentCard, type PlannedSegment } from '../../shared/session/segments.ts';
import { classDebrief, exportCsv, exportJson } from './export.ts';
import { gradesReport } from './grades.ts';
import { bodyErrorText, jsonBody } from './body.ts';
import { requireInstructorKey } from './instructor-key.ts';
import type { JoinGate } from '../join-gate.ts';
import { contentHash, ownerHashOf, savedScenariosRouter } from './saved-scenarios.ts';

/** How long an instructor's command may wait for the room's process (Colyseus's default is 2 s). */
const ROOM_CALL_MS = 10_000;

export interface ApiDeps {
  registry: Registry;
  catalog: Map<string, Scenario>;
  version: string;
  startedAt: number;
  /** When set, creating a session needs it (INSTRUCTOR_KEY). */
  instructorKey?: string;
  /** Signs the join tickets the code look-up hands out. */
  gate: JoinGate;
  /** A deleted session's rows kept by others (the LTI link, server/lti/store.ts) go with it. */
  onDelete?: (sessionId: string) => void;
  /** The bundled scenarios' files as written, by scenario id: the templates to download. */
  templates?: Map<string, string>;
}

/** The address this server serves its scenario JSON Schema from, as the asking client reaches it. */
export function schemaUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/scenario.schema.json`;
}

function hostSecretOf(req: Request): string | null {
  const header = req.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const alt = req.get('x-host-secret');
  return alt ? alt.trim() : null;
}

export function apiRouter(deps: ApiDeps): Router {
  const { registry, catalog } = deps;
  const router = express.Router();
  router.use(jsonBody());

  // Only failed look-ups count, 60 a minute per address: a lecture hall behind one NAT address joins hundreds
  // at once, while guessing codes fails. (express-rate-limit's skipSuccessfulRequests counts every request
  // until it is answered, so a burst of hundreds in flight was refused.)
  const failedJoins = new RateLimiter({ windowMs: 60_000, max: 60 });
  const createLimiter = rateLimit({
    windowMs: 60_000,
    limit: 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });
  const hostLimiter = rateLimit({
    windowMs: 60_000,
    limit: 600,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });

  router.get('/scenarios', (_req, res) => {
    res.json([...catalog.values()].map(summarize));
  });
  // A bundled scenario as a file to start from (`GET /api/scenarios/ID.json`): as written, its `$schema`
  // pointing at this server's schema so that an editor anywhere completes and checks it.
  router.get('/scenarios/:file', (req, res) => {
    const file = String(req.params.file);
    const id = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
    const scenario = catalog.get(id);
    if (!scenario) {
      res.status(404).json({ error: `There is no bundled scenario "${id || file}".` });
      return;
    }
    const text = deps.templates?.get(id) ?? `${JSON.stringify(scenario, null, 2)}\n`;
    const pointed = JSON.stringify(schemaUrlOf(req));
    const withSchema = /"\$schema"\s*:\s*"[^"]*"/.test(text)
      ? text.replace(/"\$schema"\s*:\s*"[^"]*"/, `"$schema": ${pointed}`)
      : text.replace(/^\{/, `{\n  "$schema": ${pointed},`);
    res.attachment(`${id}.json`).type('application/json').send(withSchema);
  });
  router.use(
    '/my-scenarios',
    savedScenariosRouter({ store: registry.store, instructorKey: deps.instructorKey }),
  );

  // What a client needs to know of this server before it asks anything: whether creating a session needs
  // the instructor key (the console then asks for it).
  router.get('/config', (_req, res) => {
    res.json({ version: deps.version, instructorKeyRequired: Boolean(deps.instructorKey) });
  });

  // The rate limit comes first, so that guessing the key costs an attempt like any other.
  router.post('/sessions', createLimiter, requireInstructorKey(deps.instructorKey), async (req, res) => {
    const body = CreateSessionSchema.safeParse(req.body ?? {});
    if (!body.success) {
      res.status(400).json({ error: describeZodError(body.error) });
      return;
    }
    // Each scenario of the request: a bundled one by id, a document checked in full, or one of the instructor's
    // saved scenarios, read here with the owner's secret (its problems' paths under the segment's, for a plan).
    // Answers the refusal itself and returns undefined when the scenario is not to be had.
    const resolve = (
      from: { scenarioId?: string; scenario?: unknown; savedScenarioId?: string },
      at: string,
    ): { scenario: Scenario; source: SessionSource } | undefined => {
      if (from.scenarioId !== undefined) {
        const found = catalog.get(from.scenarioId);
        if (!found) res.status(404).json({ error: `There is no bundled scenario "${from.scenarioId}".` });
        return found ? { scenario: found, source: { kind: 'bundled', id: from.scenarioId } } : undefined;
      }
      const invalid = (problems: { path: string; message: string }[]) => {
        res.status(422).json({
          error: at ? `The scenario of ${at} is not valid.` : 'The scenario is not valid.',
          problems: problems.map((p) => (at ? { ...p, path: `${at}.${p.path}` } : p)),
        });
        return undefined;
      };
      if (from.savedScenarioId !== undefined) {
        // The session records which saved scenario and the hash of the text it had, and plays its own copy.
        const ownerHash = ownerHashOf(req, 'x-owner-secret');
        if (!ownerHash) {
          res.status(401).json({
            error: "A saved scenario needs its owner's secret (X-Owner-Secret).",
            code: 'owner-secret-required',
          });
          return undefined;
        }
        const row = registry.store.savedScenario(ownerHash, from.savedScenarioId);
        const loaded = row ? loadScenario(JSON.parse(row.scenarioJson)) : undefined;
        if (!row || !loaded) {
          res.status(404).json({ error: 'There is no such saved scenario.' });
          return undefined;
        }
        if (!loaded.ok) return invalid(loaded.problems);
        return {
          scenario: loaded.scenario,
          source: {
            kind: 'saved',
            id: row.id,
            hash: contentHash(row.scenarioJson),
            title: localize(
              loaded.scenario.meta.title,
              body.data.language,
              loaded.scenario.meta.languages[0],
            ),
            savedAt: row.savedAt,
          },
        };
      }
      const loaded = loadScenario(from.scenario);
      return loaded.ok ? { scenario: loaded.scenario, source: { kind: 'file' } } : invalid(loaded.problems);
    };
    let scenario: Scenario | undefined;
    let source: SessionSource = { kind: 'file' };
    const plan: PlannedSegment[] = [];
    if (body.data.segments) {
      for (const [i, segment] of body.data.segments.entries()) {
        const found = resolve(segment, `segments[${i}]`);
        if (!found) return;
        plan.push({ scenario: found.scenario, tables: segment.tables });
        // The session's source is its first segment's (each table's scenario is in the plan event).
        if (i === 0) source = found.source;
      }
      const problems = checkSegmentPlan(plan);
      if (problems.length > 0) {
        res.status(422).json({
          error: `The segment plan cannot be one session: ${problems.map((p) => p.message).join('; ')}.`,
          problems: problems.map((p) => ({
            path: `segments[${Math.max(0, p.segment - 1)}].${p.field}`,
            code: p.code,
            params: p.params,
            message: p.message,
          })),
        });
        return;
      }
      scenario = plan[0]?.scenario;
    } else {
      const found = resolve(body.data, '');
      if (!found) return;
      scenario = found.scenario;
      source = found.source;
    }
    if (!scenario) return;
    const { session, hostSecret } = LiveSession.create(
      registry.store,
      scenario,
      body.data,
      Date.now(),
      source,
      plan.length > 1 ? plan : [],
    );
    // On disk first: the room may start in any process of a cluster, which loads the session from the store,
    // and the answer acknowledges the session.
    await registry.store.durable();
    const room = await matchMaker.createRoom('session', { sessionId: session.id });
    res.status(201).json({
      sessionId: session.id,
      code: session.code,
      hostSecret,
      roomId: room.roomId,
      joinPath: `/?code=${session.code}`,
      consolePath: `/host.html#session=${session.id}&secret=${hostSecret}`,
    });
  });

  router.get('/join/:code', async (req, res) => {
    const address = req.ip ?? 'unknown';
    if (failedJoins.over(address)) {
      res.status(429).json({ error: 'Too many wrong codes: wait a minute and try again.' });
      return;
    }
    const code = normalizeCode(req.params.code);
    const info = code ? registry.joinInfo(code) : undefined;
    if (!info) {
      failedJoins.hit(address);
      res.status(404).json({ error: 'No session has that code. Check the code on the screen.' });
      return;
    }
    const roomId = (await registry.roomOf(info.id)) ?? null;
    res.json({
      code: info.code,
      title: info.title,
      language: info.language,
      status: info.status,
      roomId,
      // One join of the room, for a minute (join-gate.ts): the SDK sends it as its auth token.
      ticket: roomId ? deps.gate.issue(roomId) : null,
    });
  });

  // ---- instructor routes ----
  const host = (req: Request, res: Response, next: NextFunction) => {
    const secret = hostSecretOf(req);
    if (!secret) {
      res.status(401).json({ error: 'This needs the host secret (Authorization: Bearer ...).' });
      return;
    }
    // The secret is checked against the store before a session served elsewhere is replayed for reading.
    const id = String(req.params.id);
    const session = registry.isHost(id, secret) ? registry.get(id) : undefined;
    if (!session) {
      res.status(403).json({ error: 'The host secret does not open this session.' });
      return;
    }
    res.locals.session = session;
    next();
  };
  const roomCall = async (res: Response, session: LiveSession, method: string, args: unknown[]) => {
    const roomId = await registry.roomOf(session.id);
    if (!roomId) {
      res.status(409).json({ error: 'The session is not running.' });
      return undefined;
    }
    try {
      const result: unknown = await matchMaker.remoteRoomCall(roomId, method as never, args, ROOM_CALL_MS);
      return result;
    } catch {
      // With several processes the call travels to the room's process; a very busy one may not answer in
      // time. The command may still take effect there, so the instructor is told to look before repeating.
      res.status(504).json({
        error: "The session's server did not answer in time: check the tables before trying again.",
      });
      return undefined;
    }
  };
  const command = async (res: Response, session: LiveSession, type: string, message: unknown) => {
    const result = (await roomCall(res, session, 'hostCommandDurably', [type, message])) as
      { ok: true; data?: unknown } | { ok: false; error: { code: string; message: string } } | undefined;
    if (!result) return;
    if (result.ok) res.json({ ok: true, ...((result.data as object | undefined) ?? {}) });
    else
      res
        .status(result.error.code === 'not-found' ? 404 : 422)
        .json({ error: result.error.message, code: result.error.code });
  };

  router.get('/sessions/:id', hostLimiter, host, async (_req, res) => {
    const session = res.locals.session as LiveSession;
    res.json({
      sessionId: session.id,
      code: session.code,
      status: session.status,
      title: session.options.title ?? localize(session.scenario.meta.title, session.options.language),
      createdAt: session.createdAt,
      running: (await registry.roomOf(session.id)) !== undefined,
      scenario: summarize(session.scenario),
      // The buyers the tables play (one, unless the session was made with a segment plan).
      segments: session.segments.map((x) => ({
        id: x.id,
        tables: x.tables,
        scenario: summarize(x.scenario),
        card: segmentCard(x.scenario),
        // What the console names per table (a market event's members and benefits): public parts only.
        buyer: {
          members: x.scenario.buyingFirm.obc.members.map((m) => ({ role: m.role, title: m.title })),
          dimensions: x.scenario.dimensions.map((d) => ({ id: d.id, label: d.label })),
        },
      })),
      options: session.options,
      players: [...session.players.values()]
        .filter((p) => !p.removed)
        .map((p) => ({
          id: p.id,
          name: p.name,
          table: session.seatOf(p.id)?.table.id ?? null,
          seat: session.seatOf(p.id)?.seat ?? null,
        })),
      tables: [...session.tables.values()].map((t) => ({
        id: t.id,
        segment: session.segmentOf(t),
        round: t.state.round,
        phase: t.state.phase,
        stage: t.state.stage,
        step: t.state.step,
        paused: t.state.paused,
        deadline: t.state.deadline,
        remainingMs: t.state.remainingMs,
        winner: t.state.decision?.winner ?? null,
        sellers: Object.values(t.state.sellers).map((x) => ({ id: x.id, disqualified: x.disqualified })),
        bafo: t.state.bafo,
        seats: Object.values(t.state.seats).map((seat) => ({
          id: seat.id,
          kind: seat.kind,
          players: seat.players.map((p) => ({ id: p.id, name: p.name })),
          bot: seat.bot,
          ready: seat.ready,
        })),
      })),
    });
  });
  router.post('/sessions/:id/deal', hostLimiter, host, async (req, res) => {
    await command(res, res.locals.session as LiveSession, 'deal', req.body ?? {});
  });
  router.post('/sessions/:id/tables/:table/actions', hostLimiter, host, async (req, res) => {
    const action = TableInstructorActionSchema.safeParse(
      (req.body as { action?: unknown } | undefined)?.action,
    );
    if (!action.success) {
      res.status(400).json({ error: describeZodError(action.error) });
      return;
    }
    await command(res, res.locals.session as LiveSession, 'host', {
      table: req.params.table,
      action: action.data,
    });
  });
  router.post('/sessions/:id/broadcast', hostLimiter, host, async (req, res) => {
    await command(res, res.locals.session as LiveSession, 'broadcast', req.body ?? {});
  });
  // Seating by hand: the same commands the console's socket sends, for an instructor working over HTTP.
  router.post('/sessions/:id/players/:playerId/move', hostLimiter, host, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    await command(res, res.locals.session as LiveSession, 'move', { ...body, playerId: req.params.playerId });
  });
  router.delete('/sessions/:id/players/:playerId', hostLimiter, host, async (req, res) => {
    await command(res, res.locals.session as LiveSession, 'remove', { playerId: req.params.playerId });
  });
  router.post('/sessions/:id/tables/:table/seats/:seat/bot', hostLimiter, host, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    await command(res, res.locals.session as LiveSession, 'bot', {
      ...body,
      table: req.params.table,
      seat: req.params.seat,
    });
  });
  router.post('/sessions/:id/players/:playerId/readmit', hostLimiter, host, async (req, res) => {
    const session = res.locals.session as LiveSession;
    const token = (await roomCall(res, session, 'readmitDurably', [req.params.playerId])) as
      string | null | undefined;
    if (token === undefined) return;
    if (!token) {
      res.status(404).json({ error: 'There is no such student.' });
      return;
    }
    res.json({ token, rejoinPath: `/?code=${session.code}#token=${token}` });
  });
  router.post('/sessions/:id/finish', hostLimiter, host, async (_req, res) => {
    const session = res.locals.session as LiveSession;
    // The room's process holds the live session: finishing it there closes the door at once.
    const roomId = await registry.roomOf(session.id);
    if (roomId) await matchMaker.remoteRoomCall(roomId, 'finishDurably' as never, [], ROOM_CALL_MS);
    else session.finish();
    await registry.store.durable();
    res.json({ ok: true });
  });
  router.get('/sessions/:id/debrief', hostLimiter, host, (req, res) => {
    const session = res.locals.session as LiveSession;
    const round = req.query.round === undefined ? undefined : Number(req.query.round);
    if (round !== undefined && !(Number.isInteger(round) && round >= 1 && round <= 3)) {
      res.status(400).json({ error: 'round: a whole number from 1 to 3' });
      return;
    }
    res.json(classDebrief(registry.store, session, round));
  });
  // Grades: the weights and every student's components and grade, from the stored logs.
  router.get('/sessions/:id/grades', hostLimiter, host, (_req, res) => {
    res.json(gradesReport(res.locals.session as LiveSession));
  });
  // The instructor changes the weights: through the room that serves the session (it stores the change as a
  // session event), or, for a session no room serves (finished, graded after class), stored here.
  router.put('/sessions/:id/grade-weights', hostLimiter, host, async (req, res) => {
    const session = res.locals.session as LiveSession;
    const weights = GradeWeightsPatchSchema.safeParse(req.body ?? {});
    if (!weights.success) {
      res.status(400).json({ error: describeZodError(weights.error) });
      return;
    }
    if (await registry.roomOf(session.id)) {
      await command(res, session, 'grade-weights', { weights: weights.data });
      return;
    }
    const r = session.setGradeWeights(weights.data, Date.now());
    if (!r.ok) {
      res.status(422).json({ error: r.rejection.message, code: r.rejection.code });
      return;
    }
    await registry.store.durable();
    res.json({ ok: true, weights: r.weights });
  });
  // Preparation: every seat's brief and view of a table as its round begins, made in memory (nothing is
  // stored, no table is opened). Each seat's hidden brief is in it: host only.
  // `?segment=ID` previews a segment's tables (by default the session's default scenario).
  router.get('/sessions/:id/preview', hostLimiter, host, (req, res) => {
    const session = res.locals.session as LiveSession;
    const asked = typeof req.query.segment === 'string' ? req.query.segment : undefined;
    const segment = asked === undefined ? session.segments[0] : session.segments.find((x) => x.id === asked);
    if (!segment) {
      res.status(404).json({ error: `This session has no segment "${String(asked).slice(0, 64)}".` });
      return;
    }
    const scenario = segment.scenario;
    const state = previewTable(
      scenario,
      session.tableConfig(session.options.seed, session.options.sellers),
      Date.now(),
    );
    res.json({
      sessionId: session.id,
      code: session.code,
      title: session.options.title ?? localize(session.scenario.meta.title, session.options.language),
      language: session.options.language,
      segment: segment.id,
      segments: session.segments.map((x) => ({ id: x.id, label: segmentCard(x.scenario).label })),
      scenario: publicScenario(scenario),
      seats: seatPreviews(scenario, state),
    });
  });
  router.get('/sessions/:id/export.json', hostLimiter, host, (_req, res) => {
    const session = res.locals.session as LiveSession;
    res.attachment(`buying-center-${session.code}.json`).json(exportJson(registry.store, session));
  });
  router.get('/sessions/:id/export.csv', hostLimiter, host, (_req, res) => {
    const session = res.locals.session as LiveSession;
    res
      .attachment(`buying-center-${session.code}.csv`)
      .type('text/csv')
      .send(exportCsv(registry.store, session));
  });
  router.delete('/sessions/:id', hostLimiter, host, async (_req, res) => {
    const session = res.locals.session as LiveSession;
    // Closed first, so that no process reopens it between its room closing and its rows going.
    registry.store.setStatus(session.id, 'finished');
    const roomId = await registry.roomOf(session.id);
    if (roomId) await matchMaker.remoteRoomCall(roomId, 'disconnect' as never, []).catch(() => undefined);
    registry.store.deleteSession(session.id);
    deps.onDelete?.(session.id);
    registry.forget(session.id);
    await registry.store.durable();
    res.status(204).end();
  });

  router.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'No such route.' });
  });
  // Malformed, oversized or too deeply nested bodies answer plainly, never with a stack.
  router.use(
    (error: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      res.status(status).json({ error: bodyErrorText(error, status) });
    },
  );
  return router;
}
