// Small pieces the console and the projector share: the language picker, stage names, the clock of a table,
// saving a file, copying a link, and a status line that screen readers announce.
import { LANGUAGES, LANGUAGE_NAMES, formatClock, isLang, language, t, tk } from '../i18n/index.ts';
import { ct, setConsoleLanguage } from '../i18n/console.ts';
import { h, replace } from '../ui/dom.ts';

export function languagePicker(id = 'lang-select'): HTMLSelectElement {
  const select = h('select', { attrs: { id, 'aria-label': t('lang.label') } });
  const fill = () =>
    replace(
      select,
      LANGUAGES.map((l) =>
        h('option', { attrs: { value: l, selected: l === language() }, text: LANGUAGE_NAMES[l] }),
      ),
    );
  fill();
  select.addEventListener('change', () => {
    if (isLang(select.value)) void setConsoleLanguage(select.value, true).then(fill);
  });
  return select;
}

/** "Specifications" or "RFP to contract · Evaluation", or the phase when no stage runs. */
export function stageName(phase: string, stage: string | null | undefined, step?: string | null): string {
  if (phase === 'lobby' || !stage) return tk(`phase.${phase}`, phase);
  if (phase === 'round-over') return t('phase.round-over');
  const name = tk(`stage.${stage}`, stage);
  return step ? `${name} · ${tk(`step.${step}`, step)}` : name;
}

/** Milliseconds left on a table's clock, from its synced deadline (the server's clock) or paused remainder. */
export function remaining(
  table: { phase: string; paused: boolean; deadline: number | null; remainingMs: number | null },
  now: number,
): number | null {
  if (table.phase !== 'playing') return null;
  if (table.paused) return table.remainingMs;
  if (!table.deadline) return null;
  return Math.max(0, table.deadline - now);
}

export function clockText(ms: number | null, paused: boolean): string {
  if (paused) return `${t('clock.paused')}${ms !== null ? ` · ${formatClock(ms)}` : ''}`;
  return ms === null ? t('clock.none') : t('clock.left', { time: formatClock(ms) });
}

/** Saves a blob as a file (the export downloads are fetched with the secret in a header, then saved). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { attrs: { href: url, download: name, hidden: true } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A line that tells what the last command did; announced politely to screen readers. */
export class StatusLine {
  readonly el: HTMLElement;
  constructor(id: string) {
    this.el = h('p', { class: 'status', attrs: { id, role: 'status', 'aria-live': 'polite' } });
  }
  ok(text: string) {
    this.el.className = 'status done';
    this.el.textContent = text;
  }
  fail(text: string) {
    this.el.className = 'status error';
    this.el.textContent = text;
  }
  busy() {
    this.el.className = 'status';
    this.el.textContent = ct('status.working');
  }
  clear() {
    this.el.className = 'status';
    this.el.textContent = '';
  }
}

/** A server refusal as one readable line. */
export function failureText(result: { status: number; error: string }): string {
  if (result.status === 0) return ct('error.network');
  if (result.status === 401 || result.status === 403) return ct('error.secret');
  return result.error || ct('error.generic', { status: result.status });
}
