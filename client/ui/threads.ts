// "Talk": both channels as readable threads. The buying center has its private channel (sellers never see it)
// and one buyer–seller thread per seller; a seller has its own thread. A buyer–seller thread interleaves the
// chat with that seller's questions and their answers.
import { formatTime, t, tk } from '../i18n/index.ts';
import { dimLabel, roleLabel, seatLabel, sellerLabel, text } from '../i18n/labels.ts';
import type { Store } from '../net/store.ts';
import type { ChatMessage, Question } from '../net/types.ts';
import { allowed, type SeatContext } from './context.ts';
import { h, replace } from './dom.ts';
import { clearDrafts } from './drafts.ts';
import { draftValue, selectField, textField } from './fields.ts';

type Item =
  | { kind: 'message'; at: number; message: ChatMessage }
  | { kind: 'question'; at: number; question: Question }
  | { kind: 'answer'; at: number; question: Question };

export class ThreadsPanel {
  readonly el: HTMLElement;
  private readonly head: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly compose: HTMLElement;
  private channel: string | null = null;
  private readonly seen = new Map<string, number>();
  private counts = new Map<string, number>();
  private visible = false;
  private ctx: SeatContext | null = null;
  private sig = '';
  private sending = false;

  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
    this.head = h('div', { class: 'thread-head' });
    this.list = h('ol', {
      class: 'thread',
      attrs: { id: 'thread', 'aria-live': 'polite', 'aria-relevant': 'additions' },
    });
    this.compose = h('div', { class: 'compose' });
    this.el = h('div', { class: 'threads card' }, this.head, this.list, this.compose);
  }

  invalidate() {
    this.sig = '';
  }

  /** The channels this seat may read: "obc" and "seller:X". */
  private channels(ctx: SeatContext): string[] {
    if (ctx.kind === 'seller') return [`seller:${ctx.sellerId ?? ''}`];
    return ['obc', ...ctx.view.sellers.map((s) => `seller:${s.id}`)];
  }

  openThread(seller: string) {
    this.channel = `seller:${seller}`;
    this.sig = '';
    if (this.ctx) this.update(this.ctx, true);
  }

  /** How many items arrived that the student has not had on screen. */
  unread(): number {
    let n = 0;
    for (const [channel, count] of this.counts) {
      const seen = this.seen.get(channel) ?? count;
      if (!(this.visible && channel === this.channel)) n += Math.max(0, count - seen);
    }
    return n;
  }

  private items(ctx: SeatContext, channel: string): Item[] {
    const v = ctx.view;
    if (channel === 'obc') {
      return v.messages
        .filter((m) => m.channel === 'obc')
        .map((m) => ({ kind: 'message', at: m.at, message: m }));
    }
    const seller = channel.slice('seller:'.length);
    const items: Item[] = v.messages
      .filter((m) => m.channel === 'buyer-seller' && m.seller === seller)
      .map((m) => ({ kind: 'message', at: m.at, message: m }));
    for (const q of v.questions.filter((x) => x.seller === seller)) {
      items.push({ kind: 'question', at: q.at, question: q });
      if (q.answer) items.push({ kind: 'answer', at: q.answer.at, question: q });
    }
    return items.sort((a, b) => a.at - b.at);
  }

  update(ctx: SeatContext, visible: boolean) {
    this.ctx = ctx;
    this.visible = visible;
    const channels = this.channels(ctx);
    if (!this.channel || !channels.includes(this.channel)) this.channel = channels[0] ?? null;
    const counts = new Map(channels.map((c) => [c, this.items(ctx, c).length]));
    for (const [c, n] of counts) if (!this.seen.has(c)) this.seen.set(c, n);
    this.counts = counts;
    if (visible && this.channel) this.seen.set(this.channel, counts.get(this.channel) ?? 0);
    const canChat = allowed(ctx.view, 'chat');
    const sig = JSON.stringify([
      this.channel,
      ctx.view.messages,
      ctx.view.questions,
      ctx.view.revealedConcerns,
      canChat,
      ctx.state.errors.chat,
      this.sending,
      [...counts],
      [...this.seen],
      document.documentElement.lang,
    ]);
    if (sig === this.sig) return;
    this.sig = sig;
    this.render(ctx, channels, canChat);
  }

  private render(ctx: SeatContext, channels: string[], canChat: boolean) {
    const sc = ctx.scenario;
    const channel = this.channel ?? 'obc';
    const label = (c: string) => {
      if (c === 'obc') return t('talk.obc');
      const id = c.slice('seller:'.length);
      return ctx.kind === 'seller' ? t('talk.ownThread') : t('talk.thread', { id: sellerLabel(id, sc) });
    };
    const newIn = (c: string) => Math.max(0, (this.counts.get(c) ?? 0) - (this.seen.get(c) ?? 0));
    replace(
      this.head,
      channels.length > 1
        ? selectField({
            draft: 'talk.channel',
            label: t('talk.channel'),
            initial: channel,
            options: channels.map((c) => ({
              value: c,
              label:
                newIn(c) > 0 && c !== channel
                  ? `${label(c)} (${t('talk.new', { count: newIn(c) })})`
                  : label(c),
            })),
            onChange: (value) => {
              this.channel = value;
              this.sig = '';
              if (this.ctx) this.update(this.ctx, this.visible);
            },
          })
        : h('h2', { text: label(channel) }),
      channel === 'obc' ? h('p', { class: 'hint', text: t('talk.privateNote') }) : null,
    );
    const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 40;
    const items = this.items(ctx, channel);
    replace(
      this.list,
      items.length === 0 ? h('li', { class: 'empty', text: t('talk.empty') }) : null,
      items.map((item) => this.itemEl(ctx, item)),
    );
    if (atBottom) this.list.scrollTop = this.list.scrollHeight;
    if (ctx.view.phase === 'lobby') {
      replace(this.compose, h('p', { class: 'hint', text: t('talk.closed') }));
      return;
    }
    const draft = `chat.${channel}`;
    const error = ctx.state.errors.chat;
    replace(
      this.compose,
      textField({ draft, label: t('talk.write'), multiline: true, maxLength: 500 }),
      error
        ? h('p', {
            class: 'error',
            attrs: { role: 'alert' },
            data: { errorFor: 'chat' },
            text: `${tk(`error.${error.code}`, t('error.generic'))} ${error.message}`.trim(),
          })
        : null,
      h('button', {
        class: 'primary',
        attrs: { type: 'button', id: 'chat-send', disabled: !canChat || this.sending },
        text: t('talk.send'),
        on: { click: () => void this.send(ctx, channel, draft) },
      }),
    );
  }

  private async send(ctx: SeatContext, channel: string, draft: string) {
    const body = draftValue(draft).trim();
    if (!body) {
      this.store.flagError('chat', t('act.required'));
      return;
    }
    const action =
      channel === 'obc'
        ? ({ type: 'chat', channel: 'obc', text: body } as const)
        : ctx.kind === 'seller'
          ? ({ type: 'chat', channel: 'buyer-seller', text: body } as const)
          : ({
              type: 'chat',
              channel: 'buyer-seller',
              seller: channel.slice('seller:'.length),
              text: body,
            } as const);
    this.sending = true;
    this.sig = '';
    this.update(ctx, this.visible);
    const result = await this.store.send(action);
    this.sending = false;
    if (result.ok === true) clearDrafts(draft);
    this.sig = '';
    if (this.ctx)
      this.update(
        { ...this.ctx, state: this.store.get(), view: this.store.get().view ?? this.ctx.view },
        this.visible,
      );
    if (result.ok === true) document.getElementById(`f-${draft.replace(/[^a-zA-Z0-9_-]/g, '-')}`)?.focus();
  }

  private itemEl(ctx: SeatContext, item: Item) {
    const sc = ctx.scenario;
    if (item.kind === 'message') {
      const m = item.message;
      const mine = m.from === ctx.seat;
      return h(
        'li',
        { class: `msg ${mine ? 'mine' : 'theirs'}`, data: { from: m.from } },
        h(
          'p',
          { class: 'meta' },
          h('strong', { text: mine ? t('seat.you') : this.who(ctx, m.from) }),
          ` · ${formatTime(m.at)}`,
        ),
        h('p', { class: 'body', text: m.text }),
      );
    }
    const q = item.question;
    if (item.kind === 'question') {
      return h(
        'li',
        { class: `qa question ${ctx.kind === 'seller' ? 'mine' : 'theirs'}`, data: { question: q.id } },
        h(
          'p',
          { class: 'meta' },
          h('strong', { text: t('talk.question', { from: sellerLabel(q.seller, sc), to: roleLabel(q.to) }) }),
          ` · ${formatTime(q.at)}`,
        ),
        h('p', { class: 'body', text: q.text }),
        q.topic ? h('p', { class: 'hint', text: t('answer.topic', { topic: dimLabel(q.topic, sc) }) }) : null,
        q.answer ? null : h('p', { class: 'hint', text: t('talk.unanswered') }),
      );
    }
    const answer = q.answer;
    if (!answer) return h('li');
    const cards = this.cardTexts(ctx, q);
    return h(
      'li',
      { class: `qa answer ${ctx.role === q.to ? 'mine' : 'theirs'}`, data: { answer: q.id } },
      h(
        'p',
        { class: 'meta' },
        h('strong', { text: t('talk.answered', { from: roleLabel(q.to) }) }),
        ` · ${formatTime(answer.at)}`,
      ),
      h('p', { class: 'body', text: answer.text }),
      cards.length > 0
        ? h(
            'ul',
            { class: 'cards' },
            cards.map((c) => h('li', { class: 'concern', text: c })),
          )
        : null,
    );
  }

  private who(ctx: SeatContext, seat: string): string {
    const names = ctx.view.seats.find((s) => s.id === seat)?.players.map((p) => p.name) ?? [];
    const label = seatLabel(seat, ctx.scenario);
    return names.length > 0 ? `${label} (${names.join(', ')})` : label;
  }

  /** The text of the concern cards shown with an answer, where this seat may read it. */
  private cardTexts(ctx: SeatContext, q: Question): string[] {
    const ids = q.answer?.concerns ?? [];
    if (ids.length === 0) return [];
    const sc = ctx.scenario;
    return ids.map((id) => {
      const revealed = ctx.view.revealedConcerns.find((c) => c.id === id && c.role === q.to);
      if (revealed) return `${dimLabel(revealed.dimension, sc)}: ${text(revealed.text, sc)}`;
      const own =
        ctx.member?.role === q.to ? ctx.member.priorities.petConcerns.find((p) => p.id === id) : undefined;
      if (own) return `${dimLabel(own.dimension, sc)}: ${text(own.text, sc)}`;
      // Another member's card stays that member's secret: the buying center sees that one was shown.
      return t('talk.cardsHidden');
    });
  }
}
