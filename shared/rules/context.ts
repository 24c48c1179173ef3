// What every handler works with: the scenario, a draft of the table's state it may change, the time, who acts,
// and the events it emits. A handler refuses with reject(), which apply() turns into a value.
import type { Member, ObcRole, Scenario } from '../scenario/schema.ts';
import type {
  Actor,
  Audience,
  EventData,
  EventType,
  GameEvent,
  Rejection,
  RejectionCode,
  TableState,
} from './types.ts';

export { LIMITS } from './action-schema.ts';

export interface Ctx {
  scenario: Scenario;
  state: TableState;
  at: number;
  actor: Actor;
  events: GameEvent[];
}

/** Internal to apply(): thrown by a handler deep in a check, caught once and returned as a value. */
export class Reject extends Error {
  readonly rejection: Rejection;
  constructor(code: RejectionCode, message: string) {
    super(message);
    this.rejection = { code, message };
  }
}

/** Throws a rejection inside a handler; apply() turns it into a value and drops the draft. */
export function reject(code: RejectionCode, message: string): never {
  throw new Reject(code, message);
}

/** Emits an event whose facts have the shape its type declares (EventData). */
export function emit<K extends EventType>(
  ctx: Ctx,
  type: K,
  audience: Audience,
  summary: string,
  ...data: EventData[K] extends Record<string, never> ? [] : [EventData[K]]
) {
  ctx.events.push({ type, at: ctx.at, audience, summary, data: data[0] ?? {} } as GameEvent);
}

/** A fresh id for something made during play (questions, messages, spec items); replay makes the same. */
export function newId(state: TableState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}${state.nextId}`;
}

export function memberOf(scenario: Scenario, role: ObcRole): Member | undefined {
  return scenario.buyingFirm.obc.members.find((m) => m.role === role);
}

/** The OBC's seats, for audiences. */
export function obcSeats(scenario: Scenario): ObcRole[] {
  return scenario.buyingFirm.obc.members.map((m) => m.role);
}
