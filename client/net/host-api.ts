// The instructor's HTTP calls: the scenario catalog, creating a session, and every host route (the secret
// travels in the Authorization header, never in a URL). Each call answers a value, never throws.
import type { Debrief, PublicResults, PublicScenario } from './types.ts';
import type { ClassSummary, SegmentComparison } from '../../shared/session/class-results.ts';
import type { SegmentCard } from '../../shared/session/segments.ts';
import type { GradeWeightsPatch } from '../../shared/session/grades.ts';
import type { SeatPreview } from '../../shared/session/preview.ts';
import type { GradesReport } from '../../server/http/grades.ts';
import type { StudentScoreStatus } from '../../server/lti/passback.ts';

export type { GradesReport, GradeWeightsPatch, SeatPreview };

/** Every seat's brief and view of a table as its round begins (`GET /api/sessions/:id/preview`). */
export interface Preview {
  sessionId: string;
  code: string;
  title: string;
  language: string;
  /** The segment previewed, and the session's segments (one unless it was made with a plan). */
  segment?: string;
  segments?: { id: string; label: LocalText }[];
  scenario: PublicScenario;
  seats: SeatPreview[];
}

export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      error: string;
      /** The server's machine-readable reason, where it gives one (e.g. `instructor-key-wrong`). */
      code?: string;
      problems?: ServerProblem[];
    };

/** A problem of the server's scenario check: its English message, and the code and parameters to translate it. */
export interface ServerProblem {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

import type { SessionSource } from '../../shared/protocol.ts';

export type { SessionSource };
export type LocalText = string | { en?: string; fi?: string; pl?: string };

export interface ScenarioSummary {
  id: string;
  title: LocalText;
  industry: LocalText;
  summary: LocalText;
  purchaseType: string;
  languages: string[];
  suggestedMinutes: number;
  learningObjectives: LocalText[];
  obcSize: number;
  sellers: number;
  stages: Record<string, number>;
  rounds: number;
}

export interface Created {
  sessionId: string;
  code: string;
  hostSecret: string;
  roomId: string;
  joinPath: string;
  consolePath: string;
}

export interface SeatSnapshot {
  id: string;
  kind: string;
  players: { id: string; name: string }[];
  bot: boolean;
  ready: boolean;
}

/** A segment's buying center and benefits, as the console names them (public parts of its scenario). */
export interface SegmentBuyer {
  members: { role: string; title: LocalText }[];
  dimensions: { id: string; label: LocalText }[];
}

export interface SessionSnapshot {
  sessionId: string;
  code: string;
  status: 'open' | 'finished';
  title: string;
  createdAt: number;
  running: boolean;
  scenario: ScenarioSummary;
  /** The buyers the tables play: one unless the session was made with a segment plan. */
  segments: {
    id: string;
    tables: number;
    scenario: ScenarioSummary;
    card: SegmentCard;
    /** The buyer's public names a table's controls need: its members and its benefits. */
    buyer: SegmentBuyer;
  }[];
  options: {
    sellers: string[];
    sellerTeamSize: number;
    bots: boolean;
    language: string;
    autoAdvance: boolean;
    stageMinutes?: Record<string, number>;
    source?: SessionSource;
  };
  players: { id: string; name: string; table: string | null; seat: string | null }[];
  tables: {
    id: string;
    round: number;
    phase: string;
    stage: string | null;
    step: string | null;
    paused: boolean;
    deadline: number | null;
    remainingMs: number | null;
    winner: string | null;
    segment: string;
    sellers: { id: string; disqualified: unknown }[];
    bafo: { sellers: string[]; answered: string[] } | null;
    seats: SeatSnapshot[];
  }[];
}

export interface ClassDebrief {
  sessionId: string;
  code: string;
  scenario: PublicScenario;
  /** A session whose tables play different buyers: each segment's public scenario and card. */
  segments: { id: string; scenario: PublicScenario; card: SegmentCard }[];
  rounds: number[];
  summary: ClassSummary;
  comparison: SegmentComparison | null;
  tables: {
    table: string;
    segment: string;
    seats: { id: string; kind: string; names: string[]; bot: boolean }[];
    debriefs: Debrief[];
  }[];
}

export type { PublicResults };

export type LtiScoreStatus = StudentScoreStatus;
export interface RosterMember {
  userId: string;
  name: string;
  staff: boolean;
  joined: boolean;
  playerId: string | null;
}

export type TableAction =
  | { type: 'start' | 'advance' | 'pause' | 'resume' | 'end-round' | 'next-round' }
  | { type: 'extend-timer'; seconds: number }
  | { type: 'market-event'; role: string; dimension: string; points: number };

async function call<T>(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; secret?: string; raw?: boolean; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.secret ? { authorization: `Bearer ${options.secret}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      // The console's address holds nothing secret (the secret lives in a header), but keep it to ourselves.
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { ok: false, status: 0, error: '' };
  }
  if (res.status === 204) return { ok: true, data: undefined as T };
  if (options.raw && res.ok) return { ok: true, data: (await res.blob()) as T };
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: body as T };
  const b = (body ?? {}) as {
    error?: unknown;
    code?: unknown;
    problems?: ServerProblem[];
  };
  return {
    ok: false,
    status: res.status,
    error: typeof b.error === 'string' ? b.error : '',
    ...(typeof b.code === 'string' ? { code: b.code } : {}),
    ...(Array.isArray(b.problems) ? { problems: b.problems } : {}),
  };
}

export function listScenarios(base = window.location.origin) {
  return call<ScenarioSummary[]>(base, 'GET', '/api/scenarios');
}

/** What the server tells every client first: whether creating a session needs the instructor key. */
export function serverConfig(base = window.location.origin) {
  return call<{ version: string; instructorKeyRequired: boolean }>(base, 'GET', '/api/config');
}

/** Creates a session; `instructorKey` when the server asks for one (INSTRUCTOR_KEY). */
/**
 * Creates a session. A session of a saved scenario (`savedScenarioId`) sends the owner's secret, with which the
 * server reads the scenario from its store and records which one it was.
 */
export function createSession(
  body: Record<string, unknown>,
  instructorKey?: string,
  ownerSecret?: string,
  base = window.location.origin,
) {
  const headers: Record<string, string> = {};
  if (instructorKey) headers['x-instructor-key'] = instructorKey;
  if (ownerSecret) headers['x-owner-secret'] = ownerSecret;
  return call<Created>(base, 'POST', '/api/sessions', { body, headers });
}

/** The host routes of one session. */
export class HostApi {
  readonly sessionId: string;
  private readonly secret: string;
  private readonly base: string;

  constructor(sessionId: string, secret: string, base = window.location.origin) {
    this.sessionId = sessionId;
    this.secret = secret;
    this.base = base;
  }

  private call<T>(method: string, path: string, body?: unknown, raw = false) {
    return call<T>(this.base, method, `/api/sessions/${encodeURIComponent(this.sessionId)}${path}`, {
      body,
      secret: this.secret,
      raw,
    });
  }

  session() {
    return this.call<SessionSnapshot>('GET', '');
  }
  debrief(round?: number) {
    return this.call<ClassDebrief>('GET', round ? `/debrief?round=${round}` : '/debrief');
  }
  deal(bots?: boolean) {
    return this.call<{ ok: true; tables: number }>('POST', '/deal', bots === undefined ? {} : { bots });
  }
  tableAction(table: string, action: TableAction) {
    return this.call<{ ok: true; failures: string[] }>(
      'POST',
      `/tables/${encodeURIComponent(table)}/actions`,
      { action },
    );
  }
  broadcast(text: string) {
    return this.call<{ ok: true }>('POST', '/broadcast', { text });
  }
  move(playerId: string, table: string | null, seat: string | null) {
    return this.call<{ ok: true }>('POST', `/players/${encodeURIComponent(playerId)}/move`, { table, seat });
  }
  bot(table: string, seat: string, bot: boolean) {
    return this.call<{ ok: true }>(
      'POST',
      `/tables/${encodeURIComponent(table)}/seats/${encodeURIComponent(seat)}/bot`,
      { bot },
    );
  }
  remove(playerId: string) {
    return this.call<{ ok: true }>('DELETE', `/players/${encodeURIComponent(playerId)}`);
  }
  readmit(playerId: string) {
    return this.call<{ token: string; rejoinPath: string }>(
      'POST',
      `/players/${encodeURIComponent(playerId)}/readmit`,
      {},
    );
  }
  finish() {
    return this.call<{ ok: true }>('POST', '/finish', {});
  }
  grades() {
    return this.call<GradesReport>('GET', '/grades');
  }
  setGradeWeights(weights: GradeWeightsPatch) {
    return this.call<{ ok: true; weights: GradesReport['weights'] }>('PUT', '/grade-weights', weights);
  }
  preview(segment?: string) {
    return this.call<Preview>(
      'GET',
      segment === undefined ? '/preview' : `/preview?segment=${encodeURIComponent(segment)}`,
    );
  }
  destroy() {
    return this.call<undefined>('DELETE', '');
  }
  // ---- a session launched from a course platform (LTI, server/lti/routes.ts) ----
  private lti<T>(method: string, path: string) {
    return call<T>(this.base, method, `/lti/sessions/${encodeURIComponent(this.sessionId)}${path}`, {
      secret: this.secret,
      ...(method === 'POST' ? { body: {} } : {}),
    });
  }
  /** Each LMS student's grade and what the gradebook has of it; 404 for a session not launched from a course. */
  ltiScores() {
    return this.lti<{ students: LtiScoreStatus[] }>('GET', '/scores');
  }
  /** Posts every changed grade to the course's gradebook now. */
  postLtiScores() {
    return this.lti<{ students: LtiScoreStatus[] }>('POST', '/scores');
  }
  /** The course roster (NRPS), with who has joined. */
  ltiRoster() {
    return this.lti<{ members: RosterMember[] }>('GET', '/roster');
  }
  /** An export as a file to save (fetched with the secret in a header, so it never sits in a link). */
  download(kind: 'csv' | 'json') {
    return this.call<Blob>('GET', `/export.${kind}`, undefined, true);
  }
}

/** A saved scenario in the list (`GET /api/my-scenarios`). */
export interface SavedSummary {
  id: string;
  savedAt: number;
  /** The hash of the saved text: a session records the one it started from. */
  hash?: string;
  summary: ScenarioSummary;
}

/**
 * The instructor's saved scenarios (`/api/my-scenarios`), owned by this browser's own secret (sent as
 * `Authorization: Bearer`); on a server with INSTRUCTOR_KEY the key travels too (`X-Instructor-Key`).
 */
export class SavedScenariosApi {
  private readonly owner: string;
  private readonly key: string;
  private readonly base: string;

  constructor(owner: string, instructorKey = '', base = window.location.origin) {
    this.owner = owner;
    this.key = instructorKey;
    this.base = base;
  }

  private call<T>(method: string, path: string, body?: unknown, raw = false) {
    return call<T>(this.base, method, `/api/my-scenarios${path}`, {
      body,
      secret: this.owner,
      raw,
      ...(this.key ? { headers: { 'x-instructor-key': this.key } } : {}),
    });
  }

  list() {
    return this.call<SavedSummary[]>('GET', '');
  }
  get(id: string) {
    return this.call<{ id: string; savedAt: number; scenario: unknown }>('GET', `/${encodeURIComponent(id)}`);
  }
  save(scenario: unknown, id?: string) {
    return id
      ? this.call<SavedSummary>('PUT', `/${encodeURIComponent(id)}`, { scenario })
      : this.call<SavedSummary>('POST', '', { scenario });
  }
  remove(id: string) {
    return this.call<undefined>('DELETE', `/${encodeURIComponent(id)}`);
  }
  /** The file as saved, to download. */
  download(id: string) {
    return this.call<Blob>('GET', `/${encodeURIComponent(id)}/export.json`, undefined, true);
  }
}
