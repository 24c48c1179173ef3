// The projector (projector.html?code=CODE): what the whole room sees. Public facts only: it joins as a
// spectator, which the server never sends a private field.
import '../styles.css';
import './console.css';
import { isLang, languageChosen, preferredLanguage } from '../i18n/index.ts';
import { setConsoleLanguage } from '../i18n/console.ts';
import { Projector } from './projector.ts';

const code = new URLSearchParams(window.location.search).get('code') ?? '';
let lang = preferredLanguage();
if (code && !languageChosen()) {
  // The class's language, unless this machine chose one.
  const res = await fetch(`/api/join/${encodeURIComponent(code)}`).catch(() => null);
  const body = (await res?.json().catch(() => null)) as { language?: string } | null;
  if (isLang(body?.language)) lang = body.language;
}
await setConsoleLanguage(lang);
const root = document.getElementById('app');
if (root) new Projector(root, code);
