// The join screen: the code (pre-filled from ?code=), a display name, and plain errors for a wrong code, a
// finished session or a lost connection. A device that already holds a seat can continue with one tap.
import { t } from '../i18n/index.ts';
import { normalizeCode } from '../net/storage.ts';
import type { Store } from '../net/store.ts';
import type { JoinProblem, StoreState } from '../net/types.ts';
import { h, replace } from './dom.ts';

const MAX_NAME = 36;

export class JoinScreen {
  readonly el: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly codeInput: HTMLInputElement;
  private readonly nameInput: HTMLInputElement;
  private readonly errorEl: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly resumeEl: HTMLElement;
  private localError: string | null = null;
  private lastState: StoreState | null = null;

  private readonly store: Store;

  constructor(store: Store, code: string | null) {
    this.store = store;
    const stored = store.stored();
    this.codeInput = h('input', {
      attrs: {
        id: 'join-code',
        type: 'text',
        name: 'code',
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: false,
        inputmode: 'text',
        maxlength: 8,
        required: true,
        'aria-describedby': 'join-code-hint join-error',
        value: normalizeCode(code ?? stored?.code ?? ''),
      },
    });
    this.nameInput = h('input', {
      attrs: {
        id: 'join-name',
        type: 'text',
        name: 'name',
        autocomplete: 'nickname',
        maxlength: MAX_NAME,
        required: true,
        'aria-describedby': 'join-name-hint join-error',
        value: stored?.name ?? '',
      },
    });
    this.errorEl = h('p', { class: 'error', id: 'join-error', attrs: { role: 'alert', tabindex: -1 } });
    this.button = h('button', { class: 'primary', attrs: { type: 'submit', id: 'join-submit' } });
    this.resumeEl = h('div', { class: 'resume' });
    this.form = h('form', { class: 'card join-form', attrs: { novalidate: true } });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.codeInput.addEventListener('input', () => {
      const clean = normalizeCode(this.codeInput.value);
      if (clean !== this.codeInput.value) this.codeInput.value = clean;
    });
    this.el = h('div', { class: 'screen join' }, this.form);
    this.refresh();
    if (!this.codeInput.value) this.codeInput.focus();
    else if (!this.nameInput.value) this.nameInput.focus();
  }

  /** Re-labels everything (after a language change). */
  refresh() {
    replace(
      this.form,
      h('h1', { text: t('join.heading') }),
      h('p', { class: 'lead', text: t('app.tagline') }),
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'join-code' }, text: t('join.code') }),
        this.codeInput,
        h('p', { class: 'hint', id: 'join-code-hint', text: t('join.codeHint') }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { attrs: { for: 'join-name' }, text: t('join.name') }),
        this.nameInput,
        h('p', { class: 'hint', id: 'join-name-hint', text: t('join.nameHint') }),
      ),
      this.errorEl,
      this.button,
      this.resumeEl,
    );
    if (this.lastState) this.update(this.lastState);
  }

  update(state: StoreState) {
    this.lastState = state;
    const busy = state.status === 'joining' || state.status === 'offline';
    this.button.disabled = busy;
    this.button.textContent = busy ? t('join.joining') : t('join.submit');
    const problem = this.localError ?? (state.problem ? problemText(state.problem) : '');
    this.errorEl.textContent = problem;
    this.errorEl.hidden = problem === '';
    this.codeInput.setAttribute('aria-invalid', String(state.problem?.kind === 'not-found'));
    const stored = this.store.stored();
    if (stored && !busy) {
      replace(
        this.resumeEl,
        h('p', { class: 'hint', text: t('join.resumeHint', { code: stored.code }) }),
        h('button', {
          class: 'secondary',
          attrs: { type: 'button', id: 'join-resume' },
          text: t('join.resume', { name: stored.name || '…' }),
          on: { click: () => void this.store.resume() },
        }),
      );
    } else if (busy && stored) {
      replace(this.resumeEl, h('p', { class: 'hint', text: t('join.rejoining', { code: stored.code }) }));
    } else replace(this.resumeEl);
  }

  private async submit() {
    const code = normalizeCode(this.codeInput.value);
    const name = this.nameInput.value.trim();
    this.localError = null;
    if (code.length !== 6) {
      this.localError = t('join.err.invalid');
      this.codeInput.focus();
    } else if (name.length === 0 || name.length > MAX_NAME) {
      this.localError = t('join.err.name');
      this.nameInput.focus();
    }
    if (this.localError) {
      this.update(this.store.get());
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set('code', code);
    window.history.replaceState(null, '', url);
    const ok = await this.store.join(code, name);
    if (!ok) this.errorEl.focus();
  }
}

export function problemText(problem: JoinProblem): string {
  const base = t(`join.err.${problem.kind}`);
  // The server's own words add detail for refusals (e.g. a name that is not allowed).
  return problem.kind === 'refused' && problem.message ? `${base} ${problem.message}` : base;
}
