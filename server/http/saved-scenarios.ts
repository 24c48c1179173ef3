// Saved scenarios: what an instructor wrote in the console's editor, kept in the embedded database and owned by
// the instructor's own secret (the console makes one and keeps it in this browser, like a session's host
// secret; only its hash is stored). On a server with INSTRUCTOR_KEY, every route also needs the key
// (X-Instructor-Key), as creating a session does. Everything saved passed the one scenario check, so an exported
// file is one `npm run scenario:check` accepts and a session can start from.
import { createHash, randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loadScenario } from '../../shared/scenario/load.ts';
import type { Store } from '../store/store.ts';
import { summarize } from '../catalog.ts';
import { sameKey } from './instructor-key.ts';
import { SAVED_SCENARIO_ID_PATTERN } from '../../shared/protocol.ts';

/** The hash of a saved scenario's text: a session records it, so that two versions of one scenario differ. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A saved scenario's text may take this many bytes (the bundled ones take 20–60 KB). */
export const SAVED_SCENARIO_MAX_BYTES = 256 * 1024;
/** How many scenarios one owner may keep. */
export const SAVED_SCENARIOS_PER_OWNER = 100;
/** An owner secret: 32 to 128 characters of base64url (the console makes 43). */
export const OWNER_SECRET_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;
const ID_PATTERN = SAVED_SCENARIO_ID_PATTERN;

/**
 * The hash of the owner's secret a request carries, or null: `Authorization: Bearer` on the saved-scenario
 * routes, `X-Owner-Secret` where the authorization may carry the instructor key (creating a session).
 */
export function ownerHashOf(
  req: Request,
  from: 'authorization' | 'x-owner-secret' = 'authorization',
): string | null {
  const header = req.get(from);
  const secret =
    from === 'x-owner-secret'
      ? (header?.trim() ?? '')
      : header?.startsWith('Bearer ')
        ? header.slice('Bearer '.length).trim()
        : '';
  return OWNER_SECRET_PATTERN.test(secret) ? createHash('sha256').update(secret).digest('hex') : null;
}

export function savedScenariosRouter(deps: { store: Store; instructorKey?: string }): Router {
  const { store } = deps;
  const router = express.Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: 300,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });
  const writes = rateLimit({ windowMs: 60_000, limit: 60, standardHeaders: 'draft-8', legacyHeaders: false });

  const owner = (req: Request, res: Response, next: NextFunction) => {
    if (deps.instructorKey) {
      const given = req.get('x-instructor-key')?.trim();
      if (!given) {
        res.status(401).json({
          error: 'This server needs the instructor key for saved scenarios (X-Instructor-Key).',
          code: 'instructor-key-required',
        });
        return;
      }
      if (!sameKey(given, deps.instructorKey)) {
        res.status(403).json({ error: 'The instructor key is not right.', code: 'instructor-key-wrong' });
        return;
      }
    }
    const hash = ownerHashOf(req);
    if (!hash) {
      res.status(401).json({
        error:
          "This needs the instructor's own secret (Authorization: Bearer, 32–128 letters, digits, - or _).",
        code: 'owner-secret-required',
      });
      return;
    }
    res.locals.owner = hash;
    next();
  };
  const idOf = (req: Request, res: Response): string | null => {
    const id = String(req.params.id);
    if (ID_PATTERN.test(id)) return id;
    res.status(404).json({ error: 'There is no such saved scenario.' });
    return null;
  };
  /** The body's scenario, checked; answers the refusal itself and returns null when it is not good. */
  const checked = (req: Request, res: Response) => {
    const body = req.body as unknown;
    const raw =
      typeof body === 'object' && body !== null && Object.hasOwn(body, 'scenario')
        ? (body as { scenario: unknown }).scenario
        : undefined;
    if (raw === undefined) {
      res.status(400).json({ error: 'Send { "scenario": { … } }.' });
      return null;
    }
    const text = `${JSON.stringify(raw, null, 2)}\n`;
    if (Buffer.byteLength(text) > SAVED_SCENARIO_MAX_BYTES) {
      res
        .status(413)
        .json({ error: `A saved scenario takes at most ${SAVED_SCENARIO_MAX_BYTES / 1024} KB.` });
      return null;
    }
    const loaded = loadScenario(raw);
    if (!loaded.ok) {
      res.status(422).json({ error: 'The scenario is not valid.', problems: loaded.problems });
      return null;
    }
    return { text, scenario: loaded.scenario };
  };
  const listed = (row: { id: string; savedAt: number; scenarioJson: string }) => {
    const loaded = loadScenario(JSON.parse(row.scenarioJson));
    return loaded.ok
      ? {
          id: row.id,
          savedAt: row.savedAt,
          hash: contentHash(row.scenarioJson),
          summary: summarize(loaded.scenario),
        }
      : null;
  };

  router.get('/', limiter, owner, (_req, res) => {
    res.json(
      store
        .savedScenarios(res.locals.owner as string)
        .map(listed)
        .filter((x) => x !== null),
    );
  });
  router.post('/', writes, owner, async (req, res) => {
    const ownerHash = res.locals.owner as string;
    if (store.savedScenarioCount(ownerHash) >= SAVED_SCENARIOS_PER_OWNER) {
      res
        .status(409)
        .json({ error: `Keep at most ${SAVED_SCENARIOS_PER_OWNER} saved scenarios: delete one first.` });
      return;
    }
    const good = checked(req, res);
    if (!good) return;
    const id = `sc-${randomBytes(9).toString('base64url')}`;
    const savedAt = Date.now();
    store.putSavedScenario({ id, ownerHash, scenarioJson: good.text, savedAt });
    await store.durable();
    res.status(201).json({ id, savedAt, hash: contentHash(good.text), summary: summarize(good.scenario) });
  });
  router.get('/:id', limiter, owner, (req, res) => {
    const id = idOf(req, res);
    if (!id) return;
    const row = store.savedScenario(res.locals.owner as string, id);
    if (!row) {
      res.status(404).json({ error: 'There is no such saved scenario.' });
      return;
    }
    res.json({
      id: row.id,
      savedAt: row.savedAt,
      hash: contentHash(row.scenarioJson),
      scenario: JSON.parse(row.scenarioJson) as unknown,
    });
  });
  // The file as saved, to download: `npm run scenario:check` accepts it, the create screen takes it back.
  router.get('/:id/export.json', limiter, owner, (req, res) => {
    const id = idOf(req, res);
    if (!id) return;
    const row = store.savedScenario(res.locals.owner as string, id);
    if (!row) {
      res.status(404).json({ error: 'There is no such saved scenario.' });
      return;
    }
    const metaId = (JSON.parse(row.scenarioJson) as { meta: { id: string } }).meta.id;
    res.attachment(`${metaId}.json`).type('application/json').send(row.scenarioJson);
  });
  router.put('/:id', writes, owner, async (req, res) => {
    const id = idOf(req, res);
    if (!id) return;
    const ownerHash = res.locals.owner as string;
    if (!store.savedScenario(ownerHash, id)) {
      res.status(404).json({ error: 'There is no such saved scenario.' });
      return;
    }
    const good = checked(req, res);
    if (!good) return;
    const savedAt = Date.now();
    store.putSavedScenario({ id, ownerHash, scenarioJson: good.text, savedAt });
    await store.durable();
    res.json({ id, savedAt, hash: contentHash(good.text), summary: summarize(good.scenario) });
  });
  router.delete('/:id', writes, owner, async (req, res) => {
    const id = idOf(req, res);
    if (!id) return;
    if (!store.deleteSavedScenario(res.locals.owner as string, id)) {
      res.status(404).json({ error: 'There is no such saved scenario.' });
      return;
    }
    await store.durable();
    res.status(204).end();
  });
  return router;
}
