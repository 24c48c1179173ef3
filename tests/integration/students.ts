// A class of students that play by themselves, for the fault tests: each plays what the bots' policy suggests
// from its own view, and keeps the actions the server acknowledged. An intent is followed by a probe the
// server refuses at once (an instructor's `watch`); the server handles a client's messages in order, so when
// the refusal arrives, the intent was either refused (an error came first) or accepted, logged and sent out
// (its view or events came first).
import { botIntent, type BotView } from '../../shared/bots/policy.ts';
import type { PlayerAction } from '../../shared/rules/types.ts';
import type { Scenario } from '../../shared/scenario/schema.ts';
import { Player, sleep } from './harness.ts';

export interface Acknowledged {
  table: string;
  seat: string;
  action: PlayerAction;
}

export class PlayingStudent {
  readonly player: Player;
  readonly acknowledged: Acknowledged[] = [];
  refused = 0;
  private pending: { action: PlayerAction; answered: boolean; refused: boolean } | null = null;
  private step = 0;

  constructor(player: Player) {
    this.player = player;
    player.hooks.push((type, message: { to?: string; code?: string }) => {
      if (!this.pending) return;
      if (type === 'view' || type === 'view-patch' || type === 'events') this.pending.answered = true;
      if (type !== 'error') return;
      if (message.to === 'watch' && message.code === 'forbidden') {
        const p = this.pending;
        this.pending = null;
        if (!p.refused && p.answered && this.player.table && this.player.seat)
          this.acknowledged.push({ table: this.player.table, seat: this.player.seat, action: p.action });
      } else {
        this.pending.refused = true;
        this.refused += 1;
      }
    });
  }

  /** One move if the policy has one and nothing is in flight. */
  move(scenario: Scenario, seed: number): boolean {
    const view = this.player.view as BotView | null;
    if (this.pending || !view) return false;
    this.step += 1;
    const action = botIntent(scenario, view, { seed: seed * 7919 + this.step });
    if (!action) return false;
    this.pending = { action, answered: false, refused: false };
    this.player.intent(action);
    this.player.send('watch', { table: null });
    return true;
  }

  get idle() {
    return this.pending === null;
  }
}

/** Plays for `ms`: every student considers a move every `paceMs` or so. Returns the moves made. */
export async function playFor(students: PlayingStudent[], scenario: Scenario, ms: number, paceMs: number) {
  const end = Date.now() + ms;
  const next = students.map((_, i) => Date.now() + ((i * 37) % paceMs));
  let moves = 0;
  while (Date.now() < end) {
    const now = Date.now();
    students.forEach((s, i) => {
      if (now < next[i]!) return;
      next[i] = now + paceMs * (0.5 + ((i * 13 + moves) % 10) / 10);
      if (s.move(scenario, i + 1)) moves += 1;
    });
    await sleep(10);
  }
  return moves;
}

/** Every acknowledged action must be in the table's log, as often as it was acknowledged. */
export function missingFromLog(
  acknowledged: Acknowledged[],
  logs: Map<string, { actor: { kind: string; seat?: string }; action: unknown }[]>,
): Acknowledged[] {
  const pool = new Map<string, number>();
  const key = (table: string, seat: string, action: unknown) => `${table}|${seat}|${canonical(action)}`;
  for (const [table, log] of logs)
    for (const e of log)
      if (e.actor.kind === 'seat' && e.actor.seat) {
        const k = key(table, e.actor.seat, e.action);
        pool.set(k, (pool.get(k) ?? 0) + 1);
      }
  const missing: Acknowledged[] = [];
  for (const a of acknowledged) {
    const k = key(a.table, a.seat, a.action);
    const n = pool.get(k) ?? 0;
    if (n === 0) missing.push(a);
    else pool.set(k, n - 1);
  }
  return missing;
}

/** JSON with object keys sorted: the server stores the action as its schema parsed it, keys in schema order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}
