// What every stage's forms share: a section type (keyed, re-rendered only when its data changes), the send
// helper that tracks each form's status and forgets its drafts once the server acknowledges, and the error line
// that shows the server's refusal right under the form that sent it.
import { t, tk } from '../../i18n/index.ts';
import { sellerLabel, text } from '../../i18n/labels.ts';
import type { Store } from '../../net/store.ts';
import { UNANSWERED, type ActionType, type PlayerAction } from '../../net/types.ts';
import type { SeatContext } from '../context.ts';
import { h } from '../dom.ts';
import { clearDrafts } from '../drafts.ts';
import type { Option } from '../fields.ts';

export type FormStatus = 'sending' | 'done' | 'noanswer';

/** What the forms use of the store: the state, sending an intent, and showing a form's own refusal. */
export type FormStore = Pick<Store, 'get' | 'send' | 'flagError'>;

export interface Section {
  key: string;
  sig: unknown;
  build: () => (Node | string | null)[];
  class?: string;
}

/** A section that is not shown. */
export const NONE: Section = { key: 'none', sig: null, build: () => [] };

export const MAX_BENEFITS = 3;
export const MAX_MESSAGE_DIMS = 3;

export class FormKit {
  readonly store: FormStore;
  readonly openDebrief: () => void;
  /** What the student asked "ready" to be, until the view shows it (in the same stage). */
  wantReady: { value: boolean; where: string } | null = null;
  private readonly statuses = new Map<string, FormStatus>();
  private readonly onChange: () => void;
  private ctx: SeatContext | null = null;

  constructor(store: FormStore, openDebrief: () => void, onChange: () => void) {
    this.store = store;
    this.openDebrief = openDebrief;
    this.onChange = onChange;
  }

  use(ctx: SeatContext) {
    this.ctx = ctx;
  }

  status(key: string): FormStatus | undefined {
    return this.statuses.get(key);
  }

  refresh() {
    this.onChange();
  }

  errorLine(type: ActionType) {
    const error = this.ctx?.state.errors[type];
    if (!error) return null;
    const detail = error.message ? ` ${error.message}` : '';
    return h('p', {
      class: 'error',
      attrs: { role: 'alert' },
      data: { errorFor: type },
      text: `${tk(`error.${error.code}`, t('error.generic'))}${detail}`,
    });
  }

  statusLine(key: string) {
    const s = this.statuses.get(key);
    if (!s) return null;
    const label = s === 'sending' ? t('act.sending') : s === 'done' ? t('act.done') : t('act.noAnswer');
    return h('p', { class: `status ${s}`, attrs: { role: 'status' }, text: label });
  }

  button(key: string, label: string, onClick: () => void, kind = 'primary', id?: string) {
    return h('button', {
      class: kind,
      attrs: { type: 'button', disabled: this.statuses.get(key) === 'sending', id: id ?? `do-${key}` },
      text: label,
      on: { click: onClick },
    });
  }

  /** A form's heading, its fields, then the refusal and the sending status. */
  form(key: string, type: ActionType, heading: string, ...body: (Node | string | null)[]) {
    return [h('h2', { text: heading }), ...body, this.errorLine(type), this.statusLine(key)];
  }

  /**
   * Sends an action; on its acknowledgement forgets the form's drafts. Resolves true, false (refused) or null
   * (no answer: the form keeps its text and says so).
   */
  async send(key: string, action: PlayerAction, clear?: string): Promise<boolean | null> {
    this.statuses.set(key, 'sending');
    this.refresh();
    const result = await this.store.send(action);
    const outcome = result.ok
      ? true
      : (UNANSWERED as readonly string[]).includes(result.error.code)
        ? null
        : false;
    if (outcome === true) {
      if (clear) clearDrafts(clear);
      this.statuses.set(key, 'done');
      setTimeout(() => {
        if (this.statuses.get(key) === 'done') {
          this.statuses.delete(key);
          this.refresh();
        }
      }, 3000);
    } else if (outcome === false) this.statuses.delete(key);
    else this.statuses.set(key, 'noanswer');
    this.refresh();
    return outcome;
  }

  /** A check the form makes itself (an empty field): shown like the server's refusals. */
  localError(type: ActionType, message?: string) {
    this.store.flagError(type, message ?? t('act.required'));
  }

  dimOptions(ctx: SeatContext): Option[] {
    return (ctx.scenario?.dimensions ?? []).map((d) => ({ value: d.id, label: text(d.label, ctx.scenario) }));
  }

  sellerOption(ctx: SeatContext, id: string): Option {
    return { value: id, label: sellerLabel(id, ctx.scenario) };
  }
}
