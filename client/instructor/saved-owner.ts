// The instructor's own secret that owns their saved scenarios (server/http/saved-scenarios.ts): made once in this
// browser and kept in localStorage beside the sessions' host secrets; only its hash reaches the server's store.
// Another browser has a secret of its own, so saved scenarios of its own: to move one, download it here and open
// the file in the other browser's editor.
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
