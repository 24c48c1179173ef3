// The student's app: pick the language, mount the overlay, and rejoin with the stored token when this device
// already has a seat (after a refresh, or when the join link is opened again). A link from the instructor's
// "re-admit" (`/?code=CODE#token=TOKEN`) puts a fresh token on this device first.
import './styles.css';
import { preferredLanguage, setLanguage } from './i18n/index.ts';
import { normalizeCode, saveSession } from './net/storage.ts';
import { Store } from './net/store.ts';
import { App } from './ui/app.ts';

const params = new URLSearchParams(window.location.search);
const code = params.get('code');
const hash = new URLSearchParams(window.location.hash.slice(1));
const readmitted = hash.get('token');
if (code && readmitted) {
  saveSession({ code: normalizeCode(code), token: readmitted, playerId: '', name: '' });
  // The token leaves the address bar (and the browser history) at once.
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}
await setLanguage(preferredLanguage());

const root = document.getElementById('app');
if (root) {
  const store = new Store();
  new App(root, store, { code });
  const stored = store.stored();
  if (stored && (!code || normalizeCode(code) === stored.code)) void store.resume();
}
