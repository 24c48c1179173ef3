// The instructor's own secret that owns their saved scenarios (server/http/saved-scenarios.ts): made once in this
// browser and kept in localStorage beside the sessions' host secrets; only its hash reaches the server's store.
// To use the saved scenarios on another computer, the console shows the secret to copy there.
import { SavedScenariosApi } from '../net/host-api.ts';

const KEY = 'bc.console.owner';
const INSTRUCTOR_KEY = 'bc.console.instructorKey';
let memory = '';

function fresh(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** This browser's owner secret, made the first time it is asked for. */
export function ownerSecret(): string {
  try {
    const stored = window.localStorage.getItem(KEY);
    if (stored && /^[A-Za-z0-9_-]{32,128}$/.test(stored)) return stored;
    const made = fresh();
    window.localStorage.setItem(KEY, made);
    return made;
  } catch {
    memory ||= fresh();
    return memory;
  }
}

/** Takes another browser's owner secret (its saved scenarios follow); false when it is not one. */
export function adoptOwnerSecret(secret: string): boolean {
  const s = secret.trim();
  if (!/^[A-Za-z0-9_-]{32,128}$/.test(s)) return false;
  try {
    window.localStorage.setItem(KEY, s);
  } catch {
    memory = s;
  }
  return true;
}

/** The saved-scenarios routes as this browser's owner, with the instructor key typed in this tab (if any). */
export function savedApi(): SavedScenariosApi {
  let key = '';
  try {
    key = window.sessionStorage.getItem(INSTRUCTOR_KEY) ?? '';
  } catch {
    // no key stored
  }
  return new SavedScenariosApi(ownerSecret(), key);
}
