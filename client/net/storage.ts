// The rejoin token lives in localStorage (it survives a refresh and a closed tab); storage can be missing or
// full (private browsing), so every access is guarded.

export interface StoredSession {
  code: string;
  token: string;
  playerId: string;
  name: string;
}

const KEY = 'bc.session';

export function loadSession(): StoredSession | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof value.code === 'string' && typeof value.token === 'string') {
      return {
        code: value.code,
        token: value.token,
        playerId: value.playerId ?? '',
        name: value.name ?? '',
      };
    }
  } catch {
    // unreadable: treat as absent
  }
  return null;
}

export function saveSession(session: StoredSession): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // storage unavailable: the student can still play this tab
  }
}

export function forgetSession(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // nothing to forget
  }
}

/** Join codes: six characters, upper case, no spaces or dashes. */
export function normalizeCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
