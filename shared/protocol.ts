// The wire: message names and payload schemas shared by client and server. Every message and HTTP body is
// parsed with these at the boundary; the engine then checks the game rules.
import { z } from 'zod';
import { SELLER_STRATEGIES } from './bots/policy.ts';
import {
  IdSchema as Id,
  PlayerActionSchema,
  SeatIdSchema,
  TableInstructorActionSchema,
} from './rules/action-schema.ts';
import { STAGE_MINUTES_RANGE } from './rules/stages.ts';
import { STAGE_IDS } from './rules/steps.ts';
import { GradeWeightsPatchSchema } from './session/grades.ts';
import { MAX_SEGMENTS } from './session/segments.ts';
import type { GameEvent } from './rules/types.ts';
import type { TableView } from './rules/view.ts';

export const MAX_MESSAGE_BYTES = 8 * 1024;

// The payloads of actions (player intents, instructor actions, log entries) have one definition, in
// shared/rules/action-schema.ts: the engine parses with the same schemas. Ids are checked for shape there and
// against the ids the scenario and the table declare in the engine (own-property lookups, shared/own.ts).
export { GradeWeightsPatchSchema } from './session/grades.ts';
export {
  PlayerActionSchema,
  TableInstructorActionSchema,
  InstructorActionSchema,
  LogEntrySchema,
  SEAT_PATTERN,
  describeZodError,
} from './rules/action-schema.ts';

/** A table's id (T1, T2 …); commands for every table say `all`, a move to a new table `new`. */
export const TABLE_PATTERN = /^T[1-9][0-9]{0,3}$/;
const TableId = z.string().regex(TABLE_PATTERN, 'must be a table (T1, T2 …)');

/**
 * The id a client gives a message it wants answered: the server replies `ack { id }` once the message took
 * effect, or `error { id, … }` when it refused it. Chosen by the client, so only its shape is checked.
 */
export const MESSAGE_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const MessageId = z.string().regex(MESSAGE_ID_PATTERN, 'must be a message id (1–32 letters, digits, _ or -)');

/** The message id of a payload, if it has a well-formed one: refusals before the schema check still carry it. */
export function messageIdOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || !Object.hasOwn(message, 'id')) return undefined;
  const id = (message as { id: unknown }).id;
  return typeof id === 'string' && MESSAGE_ID_PATTERN.test(id) ? id : undefined;
}

/**
 * Client → server room messages. An intent must carry an id; the instructor's commands may (the console sends
 * them over HTTP, where the response is the answer; over the socket an id gets an `ack` or an `error` back).
 */
export const ClientMessages = {
  /** A seated student's intent; the seat comes from the connection, never from the payload. */
  intent: z.object({ id: MessageId, action: PlayerActionSchema }).strict(),
  /** Instructor: one table action for one table or for all of them. */
  host: z
    .object({
      id: MessageId.optional(),
      table: z.union([TableId, z.literal('all')]),
      action: TableInstructorActionSchema,
    })
    .strict(),
  /** Instructor: deal every unseated student into tables. */
  deal: z.object({ id: MessageId.optional(), bots: z.boolean().optional() }).strict(),
  /** Instructor: move a student to a seat (of any table), or back to the lobby with seat null. */
  move: z
    .object({
      id: MessageId.optional(),
      playerId: Id,
      table: z.union([TableId, z.literal('new')]).nullable(),
      seat: SeatIdSchema.nullable(),
    })
    .strict(),
  /** Instructor: a bot takes an empty seat, or leaves it. */
  bot: z.object({ id: MessageId.optional(), table: TableId, seat: SeatIdSchema, bot: z.boolean() }).strict(),
  /** Instructor: remove a student from the session. */
  remove: z.object({ id: MessageId.optional(), playerId: Id }).strict(),
  /** Instructor: a message to every table. */
  broadcast: z.object({ id: MessageId.optional(), text: z.string().min(1).max(500) }).strict(),
  /** Instructor: change the weights of the grades (either side, any components; the rest keep theirs). */
  'grade-weights': z.object({ id: MessageId.optional(), weights: GradeWeightsPatchSchema }).strict(),
  /** Instructor: receive the full view of one table (or stop with null). */
  watch: z.object({ id: MessageId.optional(), table: TableId.nullable() }).strict(),
} as const;
export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<K extends ClientMessageType> = z.infer<(typeof ClientMessages)[K]>;
/** The instructor's commands: every message but a student's intent and the console's `watch`. */
export type HostCommandType = Exclude<ClientMessageType, 'intent' | 'watch'>;

/** Server → client message names. */
export const ServerMessage = {
  /**
   * The public parts of the scenario (publicScenario), once on joining; again before the view of a table that
   * plays another segment's scenario.
   */
  scenario: 'scenario',
  /**
   * Your seat's view of your table, whole (ViewMessage): on joining, on reconnecting, on changing tables. It
   * carries everything the seat sees of its table, who of it is connected included (`presence`).
   */
  view: 'view',
  /**
   * What changed in your view since the last one you were sent (ViewPatchMessage): the view's top-level fields
   * that differ, each whole, and the events of the change that you may see. Applied on top of the last `view`;
   * a fresh connection (a reconnection too) always gets a whole `view` first.
   */
  viewPatch: 'view-patch',
  /** Your message with this id took effect (AckPayload); sent after the view that shows its effect. */
  ack: 'ack',
  /** A refused message (ErrorPayload). Only the sender gets it. */
  error: 'error',
  /** Your identity in this session: { playerId, token?, name }. The token lets you rejoin from anywhere. */
  welcome: 'welcome',
  /** The instructor's broadcast: { text, at }. */
  broadcast: 'broadcast',
  /**
   * The debrief of your table's last round: { table, round, deflated }, the debrief as deflate-raw compressed
   * JSON (server/debrief-message.ts).
   */
  debrief: 'debrief',
  /** Instructor and projector: the class-wide results of the latest round (publicResults), when one ends. */
  results: 'results',
} as const;

/** How many of a seat's students are connected right now, by seat: room state, not the engine's. */
export type Presence = Partial<Record<string, number>>;

/** A seat's (or the watching instructor's) view as the room sends it: viewFor without the scenario, with presence. */
export type RoomView = Omit<TableView, 'scenario'> & { presence: Presence };

export interface ViewMessage {
  table: string | null;
  view: RoomView | null;
  /** The events of the change that made this view which the receiver may see (none on joining). */
  events?: GameEvent[];
}

export interface ViewPatchMessage {
  table: string;
  set: Partial<RoomView>;
  events?: GameEvent[];
}

export interface AckPayload {
  id: string;
}

export const JoinOptionsSchema = z.union([
  z.object({ code: z.string().max(12), name: z.string().max(200) }).strict(),
  z.object({ code: z.string().max(12), token: z.string().max(200) }).strict(),
  z.object({ code: z.string().max(12), hostSecret: z.string().max(200) }).strict(),
  z.object({ code: z.string().max(12), spectator: z.literal(true) }).strict(),
]);
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/** Per-session stage lengths: whole or half minutes within the range the scenario format allows. */
export const StageMinutesSchema = z.partialRecord(
  z.enum(STAGE_IDS),
  z
    .number()
    .min(STAGE_MINUTES_RANGE.min)
    .max(STAGE_MINUTES_RANGE.max)
    .refine((m) => Number.isInteger(m * 2), { message: 'use whole or half minutes' }),
);

/** A saved scenario's id (server/http/saved-scenarios.ts makes them). */
export const SAVED_SCENARIO_ID_PATTERN = /^sc-[A-Za-z0-9_-]{12}$/;

/**
 * Where a session's scenario came from, recorded when it is created: a bundled one, a file, or one of the
 * instructor's saved scenarios (its id, the hash of the text it had then, its title and when it was saved). The
 * session plays its own copy, so a saved scenario edited later does not change it; the hash tells the versions
 * apart.
 */
export type SessionSource =
  | { kind: 'bundled'; id: string }
  | { kind: 'file' }
  | { kind: 'saved'; id: string; hash: string; title: string; savedAt: number };

/** One segment of a plan: a bundled, uploaded or saved scenario (as a session's own), and how many tables play it. */
export const PlanSegmentSchema = z
  .object({
    scenarioId: z.string().max(64).optional(),
    scenario: z.unknown().optional(),
    savedScenarioId: z
      .string()
      .regex(SAVED_SCENARIO_ID_PATTERN, 'must be a saved scenario id (sc-…)')
      .optional(),
    tables: z.number().int().min(1).max(200),
  })
  .strict()
  .refine((b) => [b.scenarioId, b.scenario, b.savedScenarioId].filter((x) => x !== undefined).length === 1, {
    message: 'give each segment one of scenarioId, scenario or savedScenarioId',
  });

export const CreateSessionSchema = z
  .object({
    /**
     * A bundled scenario by id, a whole scenario document (validated in full), or one of the instructor's saved
     * scenarios by id (read from the server's store with the owner's secret: the session records which one).
     */
    scenarioId: z.string().max(64).optional(),
    scenario: z.unknown().optional(),
    savedScenarioId: z
      .string()
      .regex(SAVED_SCENARIO_ID_PATTERN, 'must be a saved scenario id (sc-…)')
      .optional(),
    /** Or a segment plan: tables that play different buyers (shared/session/segments.ts). */
    segments: z.array(PlanSegmentSchema).min(1).max(MAX_SEGMENTS).optional(),
    sellersPerTable: z.number().int().min(1).max(4).optional(),
    sellerTeamSize: z.number().int().min(1).max(3).default(2),
    bots: z.boolean().default(true),
    language: z.enum(['en', 'fi', 'pl']).default('en'),
    autoAdvance: z.boolean().default(true),
    seed: z.number().int().optional(),
    title: z.string().max(120).optional(),
    botStrategy: z.enum(SELLER_STRATEGIES).default('resonating-focus'),
    /** Stage lengths for this session (minutes); a stage left out keeps the scenario's length. */
    stageMinutes: StageMinutesSchema.optional(),
  })
  .strict()
  .refine(
    (b) =>
      [b.scenarioId, b.scenario, b.savedScenarioId, b.segments].filter((x) => x !== undefined).length === 1,
    { message: 'give one of scenarioId, scenario, savedScenarioId or segments' },
  );
export type CreateSession = z.infer<typeof CreateSessionSchema>;

export interface ErrorPayload {
  /** The id of the refused message, when it had a well-formed one. */
  id?: string;
  /** The message type refused, or for an intent the rules refused, its action type. */
  to: string;
  code: string;
  message: string;
}
