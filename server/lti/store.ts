// The LTI tables, in the same embedded database as the game (node:sqlite): registered platforms, the tool's
// key pairs, the nonces of launches under way, which session each resource link is, which player each LMS
// user is, and what has been posted to each gradebook. Writes go into the store's transaction of the turn
// (Store.writeOther), so that `store.durable()` covers them like any other write.
import type { StatementSync } from 'node:sqlite';
import type { Store } from '../store/store.ts';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS lti_platforms (
    issuer TEXT NOT NULL, client_id TEXT NOT NULL, auth_url TEXT NOT NULL, token_url TEXT NOT NULL,
    jwks_url TEXT NOT NULL, deployments_json TEXT NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (issuer, client_id));
  CREATE TABLE IF NOT EXISTS lti_keys (
    kid TEXT PRIMARY KEY, private_jwk TEXT NOT NULL, public_jwk TEXT NOT NULL, created_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS lti_nonces (nonce TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS lti_nonces_expiry ON lti_nonces (expires_at);
  CREATE TABLE IF NOT EXISTS lti_links (
    issuer TEXT NOT NULL, deployment_id TEXT NOT NULL, context_id TEXT NOT NULL, resource_link_id TEXT NOT NULL,
    client_id TEXT NOT NULL, session_id TEXT NOT NULL UNIQUE, host_secret_sealed TEXT NOT NULL,
    services_json TEXT NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (issuer, deployment_id, context_id, resource_link_id));
  CREATE TABLE IF NOT EXISTS lti_players (
    session_id TEXT NOT NULL, issuer TEXT NOT NULL, sub TEXT NOT NULL, player_id TEXT NOT NULL,
    PRIMARY KEY (session_id, issuer, sub));
  CREATE TABLE IF NOT EXISTS lti_scores (
    session_id TEXT NOT NULL, player_id TEXT NOT NULL, rounds INTEGER NOT NULL, score REAL NOT NULL,
    status TEXT NOT NULL, attempts INTEGER NOT NULL, error TEXT, updated_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, player_id));
`;

export interface Platform {
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deployments: string[];
}

export interface ToolKey {
  kid: string;
  privateJwk: JsonWebKey;
  publicJwk: JsonWebKey;
  createdAt: number;
}

/** The platform's service endpoints a launch carried (AGS and NRPS claims), kept for the console's calls. */
export interface LinkServices {
  /** AGS: the line item the deep link made (or the platform gave the resource link). */
  lineItem?: string;
  lineItems?: string;
  agsScopes?: string[];
  /** NRPS: the course's memberships. */
  memberships?: string;
}

export interface LinkKey {
  issuer: string;
  deploymentId: string;
  contextId: string;
  resourceLinkId: string;
}

export interface LinkRow extends LinkKey {
  clientId: string;
  sessionId: string;
  hostSecretSealed: string;
  services: LinkServices;
}

export type ScoreStatus = 'pending' | 'sent' | 'failed';

export interface ScoreRow {
  sessionId: string;
  playerId: string;
  /** How many graded rounds the posted score covers. */
  rounds: number;
  score: number;
  status: ScoreStatus;
  attempts: number;
  error: string | null;
  updatedAt: number;
}

type Row = Record<string, unknown>;

function toPlatform(r: Row): Platform {
  return {
    issuer: String(r.issuer),
    clientId: String(r.client_id),
    authUrl: String(r.auth_url),
    tokenUrl: String(r.token_url),
    jwksUrl: String(r.jwks_url),
    deployments: JSON.parse(String(r.deployments_json)) as string[],
  };
}

function toLink(r: Row): LinkRow {
  return {
    issuer: String(r.issuer),
    deploymentId: String(r.deployment_id),
    contextId: String(r.context_id),
    resourceLinkId: String(r.resource_link_id),
    clientId: String(r.client_id),
    sessionId: String(r.session_id),
    hostSecretSealed: String(r.host_secret_sealed),
    services: JSON.parse(String(r.services_json)) as LinkServices,
  };
}

function toScore(r: Row): ScoreRow {
  return {
    sessionId: String(r.session_id),
    playerId: String(r.player_id),
    rounds: Number(r.rounds),
    score: Number(r.score),
    status: String(r.status) as ScoreStatus,
    attempts: Number(r.attempts),
    error: typeof r.error === 'string' ? r.error : null,
    updatedAt: Number(r.updated_at),
  };
}

export class LtiStore {
  private readonly store: Store;
  private readonly stmts = new Map<string, StatementSync>();

  constructor(store: Store) {
    this.store = store;
    store.db.exec(SCHEMA);
  }

  private s(sql: string): StatementSync {
    let stmt = this.stmts.get(sql);
    if (!stmt) {
      stmt = this.store.db.prepare(sql);
      this.stmts.set(sql, stmt);
    }
    return stmt;
  }

  private write(sql: string, ...params: (string | number | null)[]): void {
    this.store.writeOther(() => this.s(sql).run(...params));
  }

  // ---- platforms ----

  savePlatform(p: Platform, now: number): void {
    this.write(
      `INSERT INTO lti_platforms (issuer, client_id, auth_url, token_url, jwks_url, deployments_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (issuer, client_id) DO UPDATE SET auth_url = excluded.auth_url,
         token_url = excluded.token_url, jwks_url = excluded.jwks_url, deployments_json = excluded.deployments_json`,
      p.issuer,
      p.clientId,
      p.authUrl,
      p.tokenUrl,
      p.jwksUrl,
      JSON.stringify([...new Set(p.deployments)]),
      now,
    );
  }
  platform(issuer: string, clientId: string): Platform | undefined {
    const r = this.s('SELECT * FROM lti_platforms WHERE issuer = ? AND client_id = ?').get(issuer, clientId);
    return r ? toPlatform(r) : undefined;
  }
  platformsOf(issuer: string): Platform[] {
    return this.s('SELECT * FROM lti_platforms WHERE issuer = ? ORDER BY created_at')
      .all(issuer)
      .map(toPlatform);
  }
  platforms(): Platform[] {
    return this.s('SELECT * FROM lti_platforms ORDER BY created_at').all().map(toPlatform);
  }
  removePlatform(issuer: string, clientId: string): void {
    this.write('DELETE FROM lti_platforms WHERE issuer = ? AND client_id = ?', issuer, clientId);
  }

  // ---- the tool's keys ----

  addKey(key: ToolKey): void {
    this.write(
      'INSERT INTO lti_keys (kid, private_jwk, public_jwk, created_at) VALUES (?, ?, ?, ?)',
      key.kid,
      JSON.stringify(key.privateJwk),
      JSON.stringify(key.publicJwk),
      key.createdAt,
    );
  }
  /** Newest first. */
  keys(): ToolKey[] {
    return this.s('SELECT * FROM lti_keys ORDER BY created_at DESC, kid')
      .all()
      .map((r) => ({
        kid: String(r.kid),
        privateJwk: JSON.parse(String(r.private_jwk)) as JsonWebKey,
        publicJwk: JSON.parse(String(r.public_jwk)) as JsonWebKey,
        createdAt: Number(r.created_at),
      }));
  }
  removeKey(kid: string): void {
    this.write('DELETE FROM lti_keys WHERE kid = ?', kid);
  }

  // ---- nonces ----

  /**
   * Uses the nonce of a launch up: true the first time, false for a nonce seen before (a replay). A nonce is
   * kept until its login could no longer be valid (its state's expiry), then forgotten.
   */
  useNonce(nonce: string, keepUntil: number, now: number): boolean {
    let fresh = false;
    this.store.writeOther(() => {
      this.s('DELETE FROM lti_nonces WHERE expires_at <= ?').run(now);
      const r = this.s('INSERT OR IGNORE INTO lti_nonces (nonce, expires_at) VALUES (?, ?)').run(
        nonce,
        keepUntil,
      );
      fresh = Number(r.changes) === 1;
    });
    return fresh;
  }

  // ---- resource links and players ----

  link(key: LinkKey): LinkRow | undefined {
    const r = this.s(
      'SELECT * FROM lti_links WHERE issuer = ? AND deployment_id = ? AND context_id = ? AND resource_link_id = ?',
    ).get(key.issuer, key.deploymentId, key.contextId, key.resourceLinkId);
    return r ? toLink(r) : undefined;
  }
  linkOfSession(sessionId: string): LinkRow | undefined {
    const r = this.s('SELECT * FROM lti_links WHERE session_id = ?').get(sessionId);
    return r ? toLink(r) : undefined;
  }
  links(): LinkRow[] {
    return this.s('SELECT * FROM lti_links ORDER BY created_at').all().map(toLink);
  }
  addLink(row: LinkRow, now: number): void {
    this.write(
      `INSERT INTO lti_links (issuer, deployment_id, context_id, resource_link_id, client_id, session_id,
         host_secret_sealed, services_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.issuer,
      row.deploymentId,
      row.contextId,
      row.resourceLinkId,
      row.clientId,
      row.sessionId,
      row.hostSecretSealed,
      JSON.stringify(row.services),
      now,
    );
  }
  /** The host secret sealed again (under a new seal key). */
  setHostSecretSealed(sessionId: string, sealed: string): void {
    this.write('UPDATE lti_links SET host_secret_sealed = ? WHERE session_id = ?', sealed, sessionId);
  }
  /** A later launch may carry service endpoints the first did not (or new ones): they are kept. */
  setServices(sessionId: string, services: LinkServices): void {
    this.write(
      'UPDATE lti_links SET services_json = ? WHERE session_id = ?',
      JSON.stringify(services),
      sessionId,
    );
  }

  playerOf(sessionId: string, issuer: string, sub: string): string | undefined {
    const r = this.s('SELECT player_id FROM lti_players WHERE session_id = ? AND issuer = ? AND sub = ?').get(
      sessionId,
      issuer,
      sub,
    );
    return r ? String(r.player_id) : undefined;
  }
  addPlayer(sessionId: string, issuer: string, sub: string, playerId: string): void {
    this.write(
      'INSERT INTO lti_players (session_id, issuer, sub, player_id) VALUES (?, ?, ?, ?)',
      sessionId,
      issuer,
      sub,
      playerId,
    );
  }
  /** The LMS users of a session: player id → sub. */
  subsOf(sessionId: string): Map<string, string> {
    return new Map(
      this.s('SELECT player_id, sub FROM lti_players WHERE session_id = ?')
        .all(sessionId)
        .map((r) => [String(r.player_id), String(r.sub)]),
    );
  }

  // ---- scores posted ----

  scores(sessionId: string): ScoreRow[] {
    return this.s('SELECT * FROM lti_scores WHERE session_id = ? ORDER BY player_id')
      .all(sessionId)
      .map(toScore);
  }
  saveScore(row: ScoreRow): void {
    this.write(
      `INSERT INTO lti_scores (session_id, player_id, rounds, score, status, attempts, error, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, player_id) DO UPDATE SET rounds = excluded.rounds, score = excluded.score,
         status = excluded.status, attempts = excluded.attempts, error = excluded.error,
         updated_at = excluded.updated_at`,
      row.sessionId,
      row.playerId,
      row.rounds,
      row.score,
      row.status,
      row.attempts,
      row.error,
      row.updatedAt,
    );
  }

  /** A deleted session's LTI rows go with it (the link may then make a new session). */
  forgetSession(sessionId: string): void {
    this.store.writeOther(() => {
      for (const table of ['lti_links', 'lti_players', 'lti_scores'])
        this.s(`DELETE FROM ${table} WHERE session_id = ?`).run(sessionId);
    });
  }
}
