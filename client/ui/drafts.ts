// Unsent form text survives re-renders, lost connections and page reloads: every field writes its value to
// sessionStorage as it changes, scoped to the session, seat and round. A form clears its drafts once the
// server acknowledges the action (its `ack`, by the intent's id).

const PREFIX = 'bc.draft.';
let scope = 'none';
const memory = new Map<string, string>();

function storageKey(key: string): string {
  return `${PREFIX}${scope}.${key}`;
}

/** Drafts belong to one seat in one round of one session. */
export function setDraftScope(next: string): void {
  scope = next.replace(/\s+/g, '_');
}

export function getDraft(key: string): string | null {
  const k = storageKey(key);
  try {
    const value = window.sessionStorage.getItem(k);
    if (value !== null) return value;
  } catch {
    // fall back to memory
  }
  return memory.get(k) ?? null;
}

export function setDraft(key: string, value: string): void {
  const k = storageKey(key);
  memory.set(k, value);
  try {
    window.sessionStorage.setItem(k, value);
  } catch {
    // memory only
  }
}

export function getDraftList(key: string): string[] | null {
  const raw = getDraft(key);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : null;
  } catch {
    return null;
  }
}

export function setDraftList(key: string, values: readonly string[]): void {
  setDraft(key, JSON.stringify(values));
}

/** Forgets every draft whose key starts with `prefix` (a form's fields). */
export function clearDrafts(prefix: string): void {
  const start = storageKey(prefix);
  for (const k of [...memory.keys()]) if (k.startsWith(start)) memory.delete(k);
  try {
    const doomed: string[] = [];
    for (let i = 0; i < window.sessionStorage.length; i++) {
      const k = window.sessionStorage.key(i);
      if (k?.startsWith(start)) doomed.push(k);
    }
    for (const k of doomed) window.sessionStorage.removeItem(k);
  } catch {
    // nothing stored
  }
}
