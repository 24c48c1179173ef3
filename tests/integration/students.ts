// A class of students that play by themselves, for the fault tests: each plays what the bots' policy suggests
// from its own view, and keeps the actions the server acknowledged (`ack` with the intent's id, sent once the
// action is logged and its views sent out; a refusal is an `error` with the same id).
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
  private pending: { id: string; action: PlayerAction } | null = null;
  private step = 0;

  constructor(player: Player) {
    this.player = player;
    player.hooks.push((type, message: { id?: string }) => {
      const p = this.pending;
      if (!p || message?.id !== p.id) return;
      if (type === 'ack') {
        this.pending = null;
        if (this.player.table && this.player.seat)
          this.acknowledged.push({ table: this.player.table, seat: this.player.seat, action: p.action });
      } else if (type === 'error') {
        this.pending = null;
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
    this.pending = { id: this.player.intent(action), action };
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
