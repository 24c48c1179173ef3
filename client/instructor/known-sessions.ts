// The sessions this browser created or opened, with their host secrets, in localStorage. This is how an
// instructor finds past sessions without accounts (docs/api.md, "Listing your sessions"): the secret never
// leaves this browser except in the Authorization header of the host routes. Storage may be unavailable
// (private browsing): then the console still works for the session in hand, it just cannot list it later.

export interface KnownSession {
  sessionId: string;
  secret: string;
  code: string;
  title: string;
  createdAt: number;
}

const KEY = 'bc.console.sessions';
/** Sessions kept when storage has none (or refuses to save). */
let memory: KnownSession[] = [];

function valid(x: unknown): x is KnownSession {
  const k = x as Partial<KnownSession> | null;
  return !!k && typeof k.sessionId === 'string' && typeof k.secret === 'string' && k.secret.length > 0;
}

export function knownSessions(): KnownSession[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw) {
      const list = JSON.parse(raw) as unknown;
      if (Array.isArray(list)) return list.filter(valid).sort((a, b) => b.createdAt - a.createdAt);
    }
  } catch {
    // unreadable: fall back to this page's memory
  }
  return [...memory].sort((a, b) => b.createdAt - a.createdAt);
}

function save(list: KnownSession[]) {
  memory = list;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // not saved: kept in memory for this page
  }
}

/** Adds or updates a session (a later snapshot fills in its code and title). */
export function remember(entry: Partial<KnownSession> & { sessionId: string; secret: string }): void {
  const list = knownSessions();
  const old = list.find((k) => k.sessionId === entry.sessionId);
  const merged: KnownSession = {
    code: '',
    title: '',
    createdAt: 0,
    ...old,
    ...Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== '')),
  } as KnownSession;
  save([merged, ...list.filter((k) => k.sessionId !== entry.sessionId)]);
}

export function forget(sessionId: string): void {
  save(knownSessions().filter((k) => k.sessionId !== sessionId));
}

export function secretOf(sessionId: string): string | null {
  return knownSessions().find((k) => k.sessionId === sessionId)?.secret ?? null;
}
