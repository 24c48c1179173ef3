// Table: the meeting table. Seats around it with role, players, connection and readiness; the stage track with
// the current stage lit and the server's countdown; discovery questions and answers as speech bubbles between
// the right seats; the specification board, proposal cards, votes and sign-off, and the delivery. It reads the
// store and redraws when what it shows changes; tapping a seat tells the overlay (store.select), nothing else.
import { isSellerSeat } from '../../shared/rules/seats.ts';
import * as Phaser from 'phaser';
import { STAGE_IDS } from '../../shared/rules/types.ts';
import { formatClock, onLanguage, t, tk } from '../i18n/index.ts';
import {
  dimLabel,
  money,
  roleLabel,
  seatInitials,
  sellerIdOf,
  sellerLabel,
  text as localText,
} from '../i18n/labels.ts';
import type { Store } from '../net/store.ts';
import type { SeatView, StoreState } from '../net/types.ts';
import { along, clip, layoutTable, type Box, type SeatSpot, type TableLayout } from './layout.ts';
import { COLORS, css, seatColor } from './palette.ts';

/** What browser tests read to know what the canvas drew. */
export interface TableHook {
  scene: 'Table';
  ready: boolean;
  phase: string | null;
  stage: string | null;
  step: string | null;
  round: number | null;
  stageIndex: number;
  seat: string | null;
  seatCount: number;
  seats: { id: string; names: string[]; connected: number; ready: boolean; bot: boolean }[];
  clock: string;
  drawn: {
    stageTrack: number;
    activeStage: number;
    seats: number;
    bubbles: number;
    specLines: number;
    proposalCards: number;
    voteMarks: number;
    readyMarks: number;
    winner: string | null;
    deliveredBars: number;
  };
  size: { width: number; height: number; dpr: number };
  renderer: string;
  redraws: number;
  frames: number;
  animations: number;
  /** Whether the render loop is asleep (nothing moving). */
  sleeping: boolean;
  /** Every text the canvas shows (for tests that read what a student sees). */
  texts: string[];
  /** Each seat's label: the full role or seller name, the lines shown, and where it stands. */
  labels: { seat: string; text: string; shown: string; x: number; y: number; w: number; h: number }[];
  /** Where the speech bubbles stand. */
  bubbles: { x: number; y: number; w: number; h: number }[];
}

declare global {
  interface Window {
    __bc?: TableHook;
  }
}

type Drawn = TableHook['drawn'];
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const BUBBLES = 3;

export class Table extends Phaser.Scene {
  private store!: Store;
  private dpr = 1;
  private base!: Phaser.GameObjects.Container;
  private fx!: Phaser.GameObjects.Container;
  private clockText!: Phaser.GameObjects.Text;
  private sig = '';
  private previous: {
    stage: string | null;
    step: string | null;
    winner: string | null;
    phase: string;
  } | null = null;
  private readonly seen = new Set<string>();
  /** Where this draw put the seats' labels and the bubbles, so that bubbles keep clear of them. */
  private labelBoxes: (Box & { mine: boolean })[] = [];
  private labelInfo: TableHook['labels'] = [];
  private bubbleBoxes: Box[] = [];
  private drawn: Drawn = emptyDrawn();
  private redraws = 0;
  private frames = 0;
  private animations = 0;
  private clockLabel = '';
  private cleanup: (() => void)[] = [];
  /** The loop sleeps when nothing moves (a phone's battery, a class's laptops); changes wake it. */
  private awakeUntil = 0;

  constructor() {
    super({ key: 'Table' });
  }

  create() {
    this.store = this.registry.get('store') as Store;
    this.dpr = Number(this.registry.get('dpr')) || 1;
    this.cameras.main.setOrigin(0, 0).setZoom(this.dpr);
    this.base = this.add.container(0, 0);
    this.fx = this.add.container(0, 0).setDepth(10);
    this.clockText = this.text('', 12, COLORS.textDim, true).setOrigin(0.5, 0.5).setDepth(5);
    this.cleanup.push(this.store.subscribe(() => this.refresh()));
    this.cleanup.push(
      onLanguage(() => {
        this.sig = '';
        this.refresh();
      }),
    );
    const onResize = () => {
      this.cameras.main.setOrigin(0, 0).setZoom(this.dpr);
      this.sig = '';
      this.refresh();
    };
    this.scale.on('resize', onResize);
    this.cleanup.push(() => this.scale.off('resize', onResize));
    const ticker = window.setInterval(() => this.tickClock(), 500);
    this.cleanup.push(() => window.clearInterval(ticker));
    const canvas = this.game.canvas;
    const onPointer = () => this.wake(600);
    canvas.addEventListener('pointerdown', onPointer);
    canvas.addEventListener('pointermove', onPointer, { passive: true });
    this.cleanup.push(() => {
      canvas.removeEventListener('pointerdown', onPointer);
      canvas.removeEventListener('pointermove', onPointer);
    });
    this.events.once('shutdown', () => this.teardown());
    this.events.once('destroy', () => this.teardown());
    this.refresh();
    this.wake(1000);
  }

  update() {
    this.frames += 1;
    this.tickClock();
    const now = performance.now();
    if (this.tweens.getTweens().length > 0) this.awakeUntil = Math.max(this.awakeUntil, now + 150);
    if (window.__bc) {
      window.__bc.frames = this.frames;
      window.__bc.animations = this.tweens.getTweens().length;
      window.__bc.sleeping = now > this.awakeUntil;
    }
    if (now > this.awakeUntil) this.game.loop.sleep();
  }

  /** Keeps the loop running for a while (to draw a change and play its animations). */
  private wake(ms: number) {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (!this.game.loop.running) this.game.loop.wake();
  }

  /** The countdown changes once a second: redraw just that. */
  private tickClock() {
    const label = this.clock(this.store.get().view);
    if (label === this.clockLabel) return;
    this.clockLabel = label;
    this.clockText.setText(label);
    if (window.__bc) window.__bc.clock = label;
    this.wake(120);
  }

  private teardown() {
    for (const off of this.cleanup) off();
    this.cleanup = [];
  }

  // ---- drawing ----

  private get width(): number {
    return this.scale.width / this.dpr;
  }

  private get height(): number {
    return this.scale.height / this.dpr;
  }

  private refresh() {
    const state = this.store.get();
    const view = state.view;
    if (!view) return;
    const sig = JSON.stringify([
      this.width,
      this.height,
      document.documentElement.lang,
      view.phase,
      view.stage,
      view.step,
      view.paused,
      view.round,
      view.seats,
      view.presence,
      view.questions.map((q) => [q.id, q.answer ? 1 : 0]),
      view.sharedBenefits,
      view.spec,
      view.proposals.map((p) => [p.seller, p.price, p.revision, p.bafo]),
      view.handedIn,
      view.voted,
      view.decision,
      view.delivered,
      view.sellers.map((s) => [s.id, Boolean(s.disqualified)]),
      view.benefitsSought,
      view.ratings,
      view.bafo,
    ]);
    if (sig === this.sig) return;
    this.sig = sig;
    this.draw(state, view);
  }

  private draw(state: StoreState, view: SeatView) {
    this.redraws += 1;
    this.wake(800);
    this.base.removeAll(true);
    this.drawn = emptyDrawn();
    const layout = layoutTable(
      this.width,
      this.height,
      view.seats.map((s) => ({ id: s.id, kind: s.kind === 'seller' ? 'seller' : 'obc' })),
    );
    const me = view.viewer.kind === 'seat' ? view.viewer.seat : null;
    this.drawTrack(layout, view);
    this.clockText.setPosition(layout.info.x, layout.info.y).setFontSize(layout.font);
    this.drawTable(layout);
    this.drawBoard(layout, view, state);
    this.labelBoxes = [];
    this.labelInfo = [];
    this.bubbleBoxes = [];
    for (const spot of layout.seats) this.drawSeat(layout, spot, view, me, view.presence[spot.id] ?? 0);
    // Bubbles come after the seats so that they can keep clear of the seats' labels; drawn on top.
    this.drawBubbles(layout, view);
    this.animateChanges(layout, view);
    this.publish(view, layout, me);
  }

  private drawTrack(layout: TableLayout, view: SeatView) {
    const active = view.phase === 'playing' && view.stage ? STAGE_IDS.indexOf(view.stage) : -1;
    const over = view.phase === 'round-over';
    const g = this.add.graphics();
    this.base.add(g);
    layout.track.pills.forEach((pill, i) => {
      const done = over || (active >= 0 && i < active);
      const on = i === active;
      g.fillStyle(on ? COLORS.pillActive : done ? COLORS.pillDone : COLORS.pill, 1);
      g.fillRoundedRect(pill.x, pill.y, pill.w, pill.h, pill.h / 2);
      if (!on) {
        g.lineStyle(1, 0x3d5f7a, 1);
        g.strokeRoundedRect(pill.x, pill.y, pill.w, pill.h, pill.h / 2);
      }
      const stage = STAGE_IDS[i] ?? '';
      const label = `${i + 1} ${layout.compact ? tk(`stage.short.${stage}`, stage) : tk(`stage.${stage}`, stage)}`;
      const text = this.text(
        done && !on ? `✓ ${label}` : label,
        layout.font,
        on ? COLORS.textDark : COLORS.text,
        on,
      );
      text.setOrigin(0.5).setPosition(pill.x + pill.w / 2, pill.y + pill.h / 2);
      if (text.width > pill.w - 8) text.setScale((pill.w - 8) / text.width);
      this.base.add(text);
      this.drawn.stageTrack += 1;
    });
    this.drawn.activeStage = active;
  }

  private drawTable(layout: TableLayout) {
    const { cx, cy, rx, ry } = layout.table;
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.25);
    g.fillEllipse(cx + 3, cy + 5, rx * 2 + 10, ry * 2 + 10, 96);
    g.fillStyle(COLORS.tableRim, 1);
    g.fillEllipse(cx, cy, rx * 2 + 10, ry * 2 + 10, 96);
    g.fillStyle(COLORS.table, 1);
    g.fillEllipse(cx, cy, rx * 2, ry * 2, 96);
    this.base.add(g);
  }

  /** The middle of the table: what the buying center has settled so far, the proposals, the outcome. */
  private drawBoard(layout: TableLayout, view: SeatView, state: StoreState) {
    const b = layout.board;
    const sc = state.scenario;
    const f = layout.font;
    const lines: { text: string; color?: string; bold?: boolean }[] = [];
    if (view.phase === 'lobby') lines.push({ text: t('phase.lobby'), bold: true });
    else if (view.phase === 'round-over') {
      lines.push({ text: t('phase.round-over'), bold: true });
      const w = view.decision?.winner;
      lines.push({ text: w ? t('decision.chosen', { seller: sellerLabel(w, sc) }) : t('decision.none') });
      lines.push({ text: t('act.openDebrief'), color: COLORS.textDim });
    } else if (view.stage === 'need-recognition') {
      lines.push({ text: t('benefits.shared'), bold: true });
      const marked = Object.keys(view.benefitsSought).length;
      if (view.viewer.kind === 'seat' && !isSellerSeat(view.viewer.seat))
        lines.push({
          text: `${t('benefits.heading')}: ${marked}/${view.seats.filter((s) => s.kind === 'obc').length}`,
        });
      lines.push({ text: t('table.questions', { n: view.questions.length }), color: COLORS.textDim });
    } else if (
      view.stage === 'specifications' ||
      (view.stage === 'rfp' && !view.proposalsOpen && view.step === 'bidding')
    ) {
      lines.push({ text: view.spec.published ? t('spec.published') : t('spec.board'), bold: true });
      if (view.sharedBenefits.length > 0)
        lines.push({
          text: clip(view.sharedBenefits.map((d) => dimLabel(d, sc)).join(' · '), layout.compact ? 40 : 64),
          color: COLORS.textDim,
        });
      const adopted = view.spec.items.filter((i) => i.status === 'adopted');
      for (const item of adopted.slice(0, layout.compact ? 2 : 4)) {
        lines.push({
          text: `• ${t(`spec.item.${item.kind}`, { dimension: dimLabel(item.dimension, sc), value: item.value })}`,
        });
        this.drawn.specLines += 1;
      }
      if (adopted.length === 0) lines.push({ text: t('spec.none'), color: COLORS.textDim });
      const open = view.spec.items.filter((i) => i.status === 'open').length;
      if (open > 0) lines.push({ text: `${t('spec.status.open')}: ${open}`, color: COLORS.textDim });
    }
    if (view.stage === 'post-purchase' && view.delivered) {
      this.drawDelivered(layout, view, state);
      return;
    }
    // On a phone the proposal cards take the middle of the table in stage 3: the specification keeps its title.
    if (view.stage === 'rfp' && layout.compact) lines.splice(1);
    // Long lines (Polish and Finnish run longer) wrap onto a second line at a legible size rather than shrink.
    const texts = lines.map((line) => {
      const text = this.text(line.text, line.bold ? f : f - 1, line.color ?? COLORS.text, line.bold ?? false);
      text.setAlign('center').setWordWrapWidth(b.w, true).setMaxLines(2).setOrigin(0.5, 0);
      if (text.width > b.w) text.setScale(b.w / text.width);
      return text;
    });
    const gap = f * 0.3;
    const total = texts.reduce((sum, x) => sum + x.displayHeight + gap, 0);
    if (view.stage === 'rfp') this.drawProposals(layout, view, state, total);
    let y = b.y + (view.stage === 'rfp' ? 2 : Math.max(0, (b.h - total) / 2));
    for (const text of texts) {
      text.setPosition(b.x + b.w / 2, y);
      this.base.add(text);
      y += text.displayHeight + gap;
    }
  }

  /** The proposal cards, below the board's text (`textHeight` tall). */
  private drawProposals(layout: TableLayout, view: SeatView, state: StoreState, textHeight: number) {
    const sc = state.scenario;
    const b = layout.board;
    const sellers = view.sellers.map((s) => s.id);
    if (sellers.length === 0) return;
    const gap = 8;
    const top = b.y + textHeight + 4;
    const h = Math.min(b.h - (top - b.y), layout.compact ? 52 : 70);
    const w = Math.min((b.w - gap * (sellers.length - 1)) / sellers.length, layout.compact ? 90 : 130);
    const total = w * sellers.length + gap * (sellers.length - 1);
    const winner = view.decision?.winner ?? null;
    sellers.forEach((id, i) => {
      const x = b.x + (b.w - total) / 2 + i * (w + gap);
      const p = view.proposals.find((x2) => x2.seller === id);
      const handed = view.handedIn.find((x2) => x2.seller === id);
      const out = Boolean(view.sellers.find((s) => s.id === id)?.disqualified) || view.rejected.includes(id);
      const isWinner = winner === id;
      const card = this.add.container(x + w / 2, top + h / 2);
      const g = this.add.graphics();
      g.fillStyle(p ? COLORS.card : handed ? COLORS.cardSealed : 0x2a4257, out ? 0.45 : 1);
      g.fillRoundedRect(-w / 2, -h / 2, w, h, 6);
      g.lineStyle(isWinner ? 3 : 1, isWinner ? COLORS.winner : 0x9fb3c4, 1);
      g.strokeRoundedRect(-w / 2, -h / 2, w, h, 6);
      card.add(g);
      const dark = Boolean(p);
      const title = this.text(id, layout.font + 1, dark ? COLORS.textDark : COLORS.text, true).setOrigin(
        0.5,
        0,
      );
      title.setPosition(0, -h / 2 + 4);
      card.add(title);
      let detail: string;
      if (p) detail = money(p.price, sc);
      else if (handed) detail = `✓ ${t('proposal.sealed', { n: handed.revision })}`;
      else detail = '—';
      if (out) detail = `✕ ${t('offers.out')}`;
      const sub = this.text(
        clip(detail, 18),
        layout.font - 1,
        dark ? COLORS.textDark : COLORS.textDim,
        false,
      ).setOrigin(0.5, 0);
      sub.setPosition(0, -h / 2 + 6 + layout.font * 1.3);
      if (sub.width > w - 6) sub.setScale((w - 6) / sub.width);
      card.add(sub);
      if (p?.bafo) {
        const tag = this.text(t('offers.bafo'), layout.font - 3, COLORS.textDark, false).setOrigin(0.5, 1);
        tag.setPosition(0, h / 2 - 2);
        if (tag.width > w - 6) tag.setScale((w - 6) / tag.width);
        card.add(tag);
      }
      if (isWinner) {
        const stamp = this.text(
          view.step === 'sign-off' ? '★' : '✓ ★',
          layout.font + 2,
          css(COLORS.winner),
          true,
        ).setOrigin(0.5);
        stamp.setPosition(w / 2 - 8, -h / 2 + 8);
        card.add(stamp);
        card.setData('winner', true);
      }
      card.setData('seller', id);
      this.base.add(card);
      this.drawn.proposalCards += 1;
      if (isWinner) this.drawn.winner = id;
    });
  }

  private drawDelivered(layout: TableLayout, view: SeatView, state: StoreState) {
    const sc = state.scenario;
    const b = layout.board;
    const delivered = view.delivered ?? {};
    const winner = view.proposals.find((p) => p.seller === view.decision?.winner);
    const dims = sc?.dimensions.map((d) => d.id) ?? Object.keys(delivered);
    const title = this.text(
      `${t('delivered.heading')}${winner ? ` · ${sellerLabel(winner.seller, sc)}` : ''}`,
      layout.font,
      COLORS.text,
      true,
    ).setOrigin(0.5, 0);
    title.setPosition(b.x + b.w / 2, b.y);
    if (title.width > b.w) title.setScale(b.w / title.width);
    this.base.add(title);
    const top = b.y + layout.font * 1.6;
    const rowH = Math.min((b.h - (top - b.y)) / Math.max(1, dims.length), layout.font * 1.5);
    const labelW = b.w * 0.38;
    const barW = b.w - labelW - 6;
    const g = this.add.graphics();
    dims.forEach((d, i) => {
      const y = top + i * rowH;
      const got = delivered[d] ?? 0;
      const stated = winner?.stated[d] ?? got;
      const label = this.text(
        clip(dimLabel(d, sc), 14),
        Math.max(8, layout.font - 2),
        COLORS.text,
        false,
      ).setOrigin(0, 0.5);
      label.setPosition(b.x, y + rowH / 2);
      if (label.width > labelW) label.setScale(labelW / label.width);
      this.base.add(label);
      const x = b.x + labelW + 6;
      const bh = Math.max(4, rowH * 0.55);
      g.fillStyle(0x0b1d17, 1);
      g.fillRect(x, y + (rowH - bh) / 2, barW, bh);
      g.fillStyle(stated > got ? COLORS.gap : COLORS.delivered, 1);
      g.fillRect(x, y + (rowH - bh) / 2, (barW * got) / 5, bh);
      g.lineStyle(2, 0xffffff, 0.9);
      g.lineBetween(
        x + (barW * stated) / 5,
        y + (rowH - bh) / 2 - 2,
        x + (barW * stated) / 5,
        y + (rowH + bh) / 2 + 2,
      );
      this.drawn.deliveredBars += 1;
    });
    this.base.add(g);
    if (winner) this.drawn.winner = winner.seller;
  }

  /** The latest questions as bubbles: the question by the member asked, the answer by the seller. */
  private drawBubbles(layout: TableLayout, view: SeatView) {
    // Questions are asked and answered during discovery and bidding; later the table shows the deal instead.
    const talking =
      view.stage === 'need-recognition' || view.stage === 'specifications' || view.step === 'bidding';
    if (!talking) return;
    const spot = (id: string) => layout.seats.find((s) => s.id === id);
    const recent = [...view.questions]
      .sort((a, b) => (b.answer?.at ?? b.at) - (a.answer?.at ?? a.at))
      .slice(0, BUBBLES);
    const g = this.add.graphics();
    this.base.add(g);
    const max = layout.compact ? 22 : 36;
    recent.forEach((q, i) => {
      const from = spot(`seller-${q.seller}`);
      const to = spot(q.to);
      if (!from || !to) return;
      const fresh = i === 0;
      g.lineStyle(fresh ? 2 : 1, COLORS.line, fresh ? 0.7 : 0.3);
      g.lineBetween(from.x, from.y, to.x, to.y);
      if (!fresh && layout.compact) return;
      this.bubble(layout, to, from, `? ${clip(q.text, max)}`, COLORS.question, `q:${q.id}`, fresh ? 1 : 0.75);
      if (q.answer) {
        this.bubble(
          layout,
          from,
          to,
          `↩ ${clip(q.answer.text, max)}`,
          COLORS.answer,
          `a:${q.id}`,
          fresh ? 1 : 0.75,
        );
      }
    });
  }

  /**
   * A speech bubble by the seat `near`, on the line towards `towards`: the first spot along that line where
   * it covers no seat and no seat's label (the student's own label above all), else the least covered one.
   */
  private bubble(
    layout: TableLayout,
    near: { x: number; y: number },
    towards: { x: number; y: number },
    message: string,
    fill: number,
    key: string,
    alpha: number,
  ) {
    const text = this.text(message, layout.font - 1, COLORS.textDark, false);
    const maxW = layout.compact ? 130 : 200;
    if (text.width > maxW) text.setScale(maxW / text.width);
    const w = text.displayWidth + 12;
    const h = text.displayHeight + 8;
    const place = (share: number) => {
      const at = along(near, towards, share);
      return {
        x: Math.min(Math.max(at.x, w / 2 + 2), this.width - w / 2 - 2),
        y: Math.min(Math.max(at.y, layout.info.y + h), this.height - h / 2 - 2),
      };
    };
    const r = layout.seatRadius + 4;
    const cover = (p: { x: number; y: number }) => {
      const box = { x: p.x - w / 2, y: p.y - h / 2, w, h };
      let score = 0;
      for (const label of this.labelBoxes) if (overlaps(box, label)) score += label.mine ? 100 : 10;
      for (const seat of layout.seats)
        if (overlaps(box, { x: seat.x - r, y: seat.y - r, w: r * 2, h: r * 2 })) score += 5;
      for (const other of this.bubbleBoxes) if (overlaps(box, other)) score += 3;
      return score;
    };
    let best = place(0.2);
    let bestScore = cover(best);
    for (const share of [0.28, 0.36, 0.44, 0.52, 0.6]) {
      if (bestScore === 0) break;
      const p = place(share);
      const score = cover(p);
      if (score < bestScore) [best, bestScore] = [p, score];
    }
    const { x, y } = best;
    this.bubbleBoxes.push({ x: x - w / 2, y: y - h / 2, w, h });
    const bubble = this.add.container(x, y);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.25);
    g.fillRoundedRect(-w / 2 + 2, -h / 2 + 2, w, h, 8);
    g.fillStyle(fill, 1);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 8);
    text.setOrigin(0.5).setPosition(0, 0);
    bubble.add([g, text]);
    bubble.setAlpha(alpha).setDepth(3);
    this.base.add(bubble);
    this.drawn.bubbles += 1;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      bubble.setScale(0.2);
      this.tweens.add({ targets: bubble, scale: 1, duration: 380, ease: 'Back.easeOut' });
    }
  }

  private drawSeat(
    layout: TableLayout,
    spot: SeatSpot,
    view: SeatView,
    me: string | null,
    connected: number,
  ) {
    const seat = view.seats.find((s) => s.id === spot.id);
    if (!seat) return;
    const r = layout.seatRadius;
    const container = this.add.container(spot.x, spot.y);
    const g = this.add.graphics();
    const color = seatColor(spot.id);
    const mine = spot.id === me;
    const empty = seat.players.length === 0 && !seat.bot;
    g.fillStyle(0x000000, 0.3);
    g.fillCircle(2, 3, r);
    g.fillStyle(color, empty ? 0.35 : 1);
    g.fillCircle(0, 0, r);
    if (mine) {
      g.lineStyle(3, COLORS.me, 1);
      g.strokeCircle(0, 0, r + 3);
    }
    if (seat.ready) {
      g.lineStyle(3, COLORS.ready, 1);
      g.strokeCircle(0, 0, r + (mine ? 7 : 3));
      this.drawn.readyMarks += 1;
    }
    // Connection: a dot on the rim, green when a student is connected (bots are always there).
    const live = connected > 0 || seat.bot;
    g.fillStyle(live ? COLORS.online : COLORS.offline, 1);
    g.fillCircle(r * 0.72, -r * 0.72, Math.max(3, r * 0.2));
    g.lineStyle(1.5, COLORS.background, 1);
    g.strokeCircle(r * 0.72, -r * 0.72, Math.max(3, r * 0.2));
    container.add(g);
    const initials = this.text(seatInitials(spot.id), Math.round(r * 0.62), COLORS.textDark, true).setOrigin(
      0.5,
    );
    container.add(initials);
    if (seat.bot && seat.players.length === 0) {
      const bot = this.text(
        t('seat.bot'),
        Math.max(8, Math.round(r * 0.38)),
        COLORS.textDark,
        false,
      ).setOrigin(0.5, 0);
      bot.setPosition(0, r * 0.3);
      container.add(bot);
    }
    // Badges: a vote cast, a sign-off, a rating.
    const badges: string[] = [];
    if (view.voted.includes(spot.id) && view.stage === 'rfp') badges.push('✓');
    const approval =
      view.decision?.approvals[spot.id as keyof NonNullable<SeatView['decision']>['approvals']];
    if (approval !== undefined) badges.push(approval ? '✔' : '✖');
    const rating = view.ratings[spot.id as keyof SeatView['ratings']];
    if (rating) badges.push(`${rating.rating}★`);
    if (badges.length > 0) {
      const badge = this.text(badges.join(' '), Math.max(9, layout.font - 1), COLORS.textDark, true);
      badge.setOrigin(0.5).setBackgroundColor('#ffc857').setPadding(3, 1, 3, 1);
      badge.setPosition(-r * 0.8, -r * 0.8);
      container.add(badge);
      this.drawn.voteMarks += view.voted.includes(spot.id) ? 1 : 0;
    }
    container.setSize(r * 2, r * 2);
    container.setInteractive(
      new Phaser.Geom.Circle(r, r, r + 6),
      (area: Phaser.Geom.Circle, x: number, y: number) => Phaser.Geom.Circle.Contains(area, x, y),
    );
    container.on('pointerup', () => this.store.select({ kind: 'seat', seat: spot.id }));
    container.on('pointerover', () => this.input.setDefaultCursor('pointer'));
    container.on('pointerout', () => this.input.setDefaultCursor('default'));
    this.base.add(container);
    this.drawn.seats += 1;
    // The label: role (or the seller's name: its letter is on the disc), wrapped onto two lines within the
    // room between this seat and its neighbours, and who sits there.
    const seller = sellerIdOf(spot.id);
    const scenario = this.store.get().scenario;
    const sellerName = seller
      ? localText(scenario?.sellers.find((x) => x.id === seller)?.name, scenario)
      : '';
    const role = seller ? sellerName || sellerLabel(seller, scenario) : roleLabel(spot.id);
    const names = seat.players.map((p) => p.name).join(', ');
    const who = names || (seat.bot ? '' : t('seat.empty'));
    const width = labelWidth(layout, spot);
    const label = this.text(role, layout.font - 1, mine ? COLORS.text : COLORS.textDim, mine);
    label.setAlign('center').setWordWrapWidth(width, true).setMaxLines(2);
    if (label.width > width) label.setScale(width / label.width);
    const parts: Phaser.GameObjects.Text[] = [label];
    if (who) {
      const person = this.text(
        clip(mine ? `${who} (${t('seat.you')})` : who, Math.round(width / (layout.font * 0.5))),
        layout.font - 1,
        mine ? COLORS.text : COLORS.textDim,
        mine,
      );
      person.setAlign('center');
      if (person.width > width) person.setScale(width / person.width);
      parts.push(person);
    }
    // Stacked from the seat outwards (above the far side, below the near side), and kept inside the canvas.
    const shownW = Math.max(...parts.map((p) => p.displayWidth));
    const cx = Math.min(Math.max(spot.labelX, shownW / 2 + 2), this.width - shownW / 2 - 2);
    let y = spot.labelY;
    for (const part of spot.above ? [...parts].reverse() : parts) {
      part.setOrigin(0.5, spot.above ? 1 : 0).setPosition(cx, y);
      y += spot.above ? -part.displayHeight : part.displayHeight;
      this.base.add(part);
    }
    const box = { x: cx - shownW / 2, y: Math.min(y, spot.labelY), w: shownW, h: Math.abs(y - spot.labelY) };
    this.labelBoxes.push({ ...box, mine });
    this.labelInfo.push({ seat: spot.id, text: role, shown: label.getWrappedText().join(' '), ...box });
  }

  // ---- transitions ----

  private animateChanges(layout: TableLayout, view: SeatView) {
    const now = {
      stage: view.stage,
      step: view.step,
      winner: view.decision?.winner ?? null,
      phase: view.phase,
    };
    const before = this.previous;
    this.previous = now;
    if (!before) return;
    if (now.stage !== before.stage || now.step !== before.step || now.phase !== before.phase) {
      this.stageBanner(layout, view);
    }
    if (now.winner && now.winner !== before.winner) this.decisionFlourish(layout, now.winner);
  }

  private stageBanner(layout: TableLayout, view: SeatView) {
    const index = view.stage ? STAGE_IDS.indexOf(view.stage) : -1;
    const pill = index >= 0 ? layout.track.pills[index] : undefined;
    if (pill) {
      const glow = this.add.graphics();
      glow.lineStyle(3, COLORS.pillActive, 1);
      glow.strokeRoundedRect(pill.x - 3, pill.y - 3, pill.w + 6, pill.h + 6, (pill.h + 6) / 2);
      this.fx.add(glow);
      this.tweens.add({
        targets: glow,
        alpha: 0,
        duration: 1400,
        ease: 'Sine.easeOut',
        onComplete: () => glow.destroy(),
      });
    }
    const name =
      view.phase === 'round-over'
        ? t('phase.round-over')
        : view.stage
          ? `${t('stage.entered', { n: index + 1, name: tk(`stage.${view.stage}`, view.stage) })}${view.step ? ` · ${tk(`step.${view.step}`, view.step)}` : ''}`
          : '';
    if (!name) return;
    const banner = this.text(name, layout.font + 4, COLORS.textDark, true);
    banner.setOrigin(0.5).setBackgroundColor(css(COLORS.pillActive)).setPadding(12, 6, 12, 6);
    if (banner.width > this.width - 20) banner.setScale((this.width - 20) / banner.width);
    banner.setPosition(this.width / 2, layout.table.cy).setAlpha(0);
    this.fx.add(banner);
    this.animations += 1;
    this.tweens.chain({
      targets: banner,
      tweens: [
        { alpha: 1, y: layout.table.cy - 6, duration: 260, ease: 'Sine.easeOut' },
        { alpha: 1, duration: 1100 },
        { alpha: 0, y: layout.table.cy - 16, duration: 420, ease: 'Sine.easeIn' },
      ],
      onComplete: () => banner.destroy(),
    });
  }

  private decisionFlourish(layout: TableLayout, winner: string) {
    const spot = layout.seats.find((s) => s.id === `seller-${winner}`);
    if (!spot) return;
    this.animations += 1;
    for (let i = 0; i < 2; i++) {
      const ring = this.add.graphics();
      ring.lineStyle(4, COLORS.winner, 1);
      ring.strokeCircle(0, 0, layout.seatRadius + 4);
      ring.setPosition(spot.x, spot.y);
      this.fx.add(ring);
      this.tweens.add({
        targets: ring,
        scale: 2.2,
        alpha: 0,
        delay: i * 350,
        duration: 1100,
        ease: 'Cubic.easeOut',
        onComplete: () => ring.destroy(),
      });
    }
    const card = this.base.list.find(
      (o): o is Phaser.GameObjects.Container =>
        o instanceof Phaser.GameObjects.Container && o.getData('winner') === true,
    );
    if (card) {
      card.setScale(1.25);
      this.tweens.add({ targets: card, scale: 1, duration: 500, ease: 'Back.easeOut' });
    }
  }

  // ---- helpers ----

  private text(value: string, size: number, color: string, bold: boolean): Phaser.GameObjects.Text {
    return this.add.text(0, 0, value, {
      fontFamily: FONT,
      fontSize: `${Math.max(8, Math.round(size))}px`,
      fontStyle: bold ? 'bold' : 'normal',
      color,
      resolution: this.dpr,
    });
  }

  private clock(view: SeatView | null): string {
    if (!view) return '';
    if (view.phase === 'lobby') return t('phase.lobby');
    if (view.phase === 'round-over') return t('phase.round-over');
    const step = view.step
      ? tk(`step.${view.step}`, view.step)
      : view.stage
        ? tk(`stage.${view.stage}`, view.stage)
        : '';
    if (view.paused) return `${step} · ${t('clock.paused')}`;
    const ms = this.store.remainingMs();
    return ms === null ? step : `${step} · ${t('clock.left', { time: formatClock(ms) })}`;
  }

  private publish(view: SeatView, layout: TableLayout, me: string | null) {
    window.__bc = {
      scene: 'Table',
      ready: true,
      phase: view.phase,
      stage: view.stage,
      step: view.step,
      round: view.round,
      stageIndex: this.drawn.activeStage,
      seat: me,
      seatCount: view.seats.length,
      seats: view.seats.map((s) => ({
        id: s.id,
        names: s.players.map((p) => p.name),
        connected: view.presence[s.id] ?? 0,
        ready: s.ready,
        bot: s.bot,
      })),
      clock: this.clockLabel,
      drawn: { ...this.drawn },
      size: { width: layout.width, height: layout.height, dpr: this.dpr },
      renderer: this.game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
      redraws: this.redraws,
      frames: this.frames,
      animations: this.animations,
      sleeping: false,
      texts: [...textsIn(this.base.list), this.clockLabel],
      labels: this.labelInfo,
      bubbles: this.bubbleBoxes,
    };
  }
}

function textsIn(objects: readonly Phaser.GameObjects.GameObject[]): string[] {
  return objects.flatMap((o) =>
    o instanceof Phaser.GameObjects.Text
      ? [o.text]
      : o instanceof Phaser.GameObjects.Container
        ? textsIn(o.list)
        : [],
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** How wide a seat's label may be: the room to the nearest seat on the same side, within limits. */
function labelWidth(layout: TableLayout, spot: SeatSpot): number {
  const gap = Math.min(
    ...layout.seats
      .filter(
        (s) => s !== spot && s.above === spot.above && Math.abs(s.labelY - spot.labelY) < layout.font * 3,
      )
      .map((s) => Math.abs(s.labelX - spot.labelX)),
  );
  const most = layout.compact ? 104 : 170;
  return Math.max(64, Math.min(most, Number.isFinite(gap) ? gap - 6 : most));
}

function emptyDrawn(): Drawn {
  return {
    stageTrack: 0,
    activeStage: -1,
    seats: 0,
    bubbles: 0,
    specLines: 0,
    proposalCards: 0,
    voteMarks: 0,
    readyMarks: 0,
    winner: null,
    deliveredBars: 0,
  };
}
