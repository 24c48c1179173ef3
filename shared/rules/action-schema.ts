// Every action's payload, once: the zod schemas here are the source of the action types (types.ts infers them),
// of the room's message check (shared/protocol.ts) and of the engine's own first check (apply parses every
// entry with LogEntrySchema), so a shape, a range or a length is stated in one place. What needs the scenario
// or the table (is this benefit the scenario's, is this seller at this table) the engine's handlers check.
import { z } from 'zod';
import { isInheritedKey } from '../own.ts';
import { PLAYER_ACTION_TYPES } from './action-types.ts';
import { OBC_ROLES, type SeatId } from './seats.ts';
import { CHECK_METHODS } from './verification.ts';

export const LIMITS = {
  chat: 500,
  question: 300,
  answer: 500,
  reason: 200,
  comment: 300,
  playerName: 40,
  sellerTeam: 3,
  specItemsPerMember: 12,
  benefitsMarked: 3,
  messageDimensions: 3,
  minTimerExtension: 10,
  maxTimerExtension: 3600,
  /** A market event moves a member's weight by 5 to 50 points (of 100). */
  minMarketShift: 5,
  maxMarketShift: 50,
  maxPaymentDays: 180,
  maxWarrantyMonths: 120,
  maxDeliveryWeeks: 104,
  /** The answered questions a seller's draft or prepared evidence may name. */
  preparedAnswers: 30,
} as const;

/** Ids of the scenario (benefits, options, evidence, concern cards) and of the table (questions, items). */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
/** A seat of a table: an OBC role or a seller team's seat. */
export const SEAT_PATTERN = new RegExp(`^(${OBC_ROLES.join('|')}|seller-[A-Z])$`);

const notInherited = (what: string) => [(v: string) => !isInheritedKey(v), `is not ${what}`] as const;

/** An id made by the server or the scenario: letters, digits and dashes, never an inherited name. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, 'must be an id (letters, digits and dashes)')
  .refine(...notInherited('an id'));
export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'must be an id (lower-case letters, digits and dashes)')
  .refine(...notInherited('an id'));
export const SellerIdSchema = z.string().regex(/^[A-Z]$/, 'must be a seller (one capital letter)');
export const SeatIdSchema = z
  .string()
  .refine(
    (v): v is SeatId => SEAT_PATTERN.test(v),
    'must be a seat (a buying-center role or seller-A, seller-B …)',
  );
export const RoleSchema = z.enum(OBC_ROLES);

/** Text a player writes: trimmed, not empty, at most `max` characters. */
function text(max: number, what: string) {
  return z.string().trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`);
}

/** A comment that may be left empty. */
function optionalText(max: number, what: string) {
  return z.string().trim().max(max, `${what} is longer than ${max} characters`);
}

function whole(min: number, max: number, what: string) {
  return z
    .number()
    .int(`${what} must be a whole number from ${min} to ${max}`)
    .min(min, `${what} must be a whole number from ${min} to ${max}`)
    .max(max, `${what} must be a whole number from ${min} to ${max}`);
}

function unique<T extends z.ZodType>(item: T, min: number, max: number, what: string) {
  return z
    .array(item)
    .min(min, `${what} takes ${min} to ${max} items`)
    .max(max, `${what} takes ${min} to ${max} items`)
    .refine((list) => new Set(list).size === list.length, `${what} names an item twice`);
}

/** Prices are per unit, in cents: rounded first, then checked, so 0.001 is a price of 0 and refused. */
export const PriceSchema = z
  .number()
  .finite('a price must be a positive number')
  .transform((p) => Math.round(p * 100) / 100)
  .refine((p) => p > 0, 'a price must be a positive number');

export const TermsSchema = z
  .object({
    paymentDays: whole(0, LIMITS.maxPaymentDays, 'payment days'),
    warrantyMonths: whole(0, LIMITS.maxWarrantyMonths, 'warranty months'),
    deliveryWeeks: whole(1, LIMITS.maxDeliveryWeeks, 'delivery weeks'),
  })
  .strict();

const Level = whole(1, 5, 'a level');

export const ProposalInputSchema = z
  .object({
    price: PriceSchema,
    options: unique(SlugSchema, 0, 20, 'options'),
    evidence: unique(SlugSchema, 0, 20, 'evidence'),
    terms: TermsSchema,
    /** Claimed level per benefit; a benefit not claimed is stated at the buyer's prior, not the truth. */
    claims: z.record(SlugSchema, Level),
    leadWith: unique(SlugSchema, 1, 12, 'the benefits you lead with'),
    /** A message to each member the seller chooses to address, with the benefits it stresses to them. */
    messages: z.partialRecord(
      RoleSchema,
      z
        .object({
          text: text(LIMITS.chat, 'a message'),
          dimensions: unique(SlugSchema, 0, LIMITS.messageDimensions, 'the benefits stressed'),
        })
        .strict(),
    ),
  })
  .strict();

const PLAYER_ACTION_SCHEMAS = [
  z
    .object({
      type: z.literal('chat'),
      channel: z.enum(['obc', 'buyer-seller']),
      seller: SellerIdSchema.optional(),
      text: text(LIMITS.chat, 'a message'),
    })
    .strict(),
  z
    .object({
      type: z.literal('ask-question'),
      to: RoleSchema,
      text: text(LIMITS.question, 'a question'),
      topic: SlugSchema.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('answer-question'),
      questionId: IdSchema,
      text: text(LIMITS.answer, 'an answer'),
      concerns: unique(SlugSchema, 0, 10, 'concern cards'),
    })
    .strict(),
  z
    .object({
      type: z.literal('mark-benefits'),
      dimensions: unique(SlugSchema, 1, LIMITS.benefitsMarked, 'benefits sought'),
    })
    .strict(),
  z
    .object({
      type: z.literal('propose-spec-item'),
      dimension: SlugSchema,
      kind: z.enum(['must-have', 'weight']),
      value: whole(0, 100, 'a value'),
    })
    .strict()
    .refine((a) => a.kind === 'weight' || (a.value >= 1 && a.value <= 5), {
      message: 'a must-have level must be a whole number from 1 to 5',
      path: ['value'],
    }),
  z.object({ type: z.literal('vote-spec-item'), itemId: IdSchema, support: z.boolean() }).strict(),
  z
    .object({
      type: z.literal('disqualify-supplier'),
      seller: SellerIdSchema,
      reason: text(LIMITS.reason, 'a reason'),
    })
    .strict(),
  /**
   * The product manager's offering; the pitch (lead and messages) and the evidence may come with it from a player
   * who owns them too (a team of one, a bot), or later from their owners (set-pitch, attach-evidence).
   */
  ProposalInputSchema.partial({ leadWith: true, messages: true, evidence: true })
    .extend({ type: z.literal('submit-proposal') })
    .strict(),
  /** The sales representative's pitch: what the proposal leads with and the message to each member. */
  ProposalInputSchema.pick({ leadWith: true, messages: true })
    .extend({ type: z.literal('set-pitch') })
    .strict(),
  /** Customer service's evidence: what the team backs its claims with (each piece costs what its card says). */
  ProposalInputSchema.pick({ evidence: true })
    .extend({ type: z.literal('attach-evidence') })
    .strict(),
  /** The sales representative works the buying center while it evaluates: one more message to one member. */
  z
    .object({
      type: z.literal('follow-up'),
      to: RoleSchema,
      text: text(LIMITS.chat, 'a message'),
      dimensions: unique(SlugSchema, 1, 2, 'the benefits stressed'),
    })
    .strict(),
  /**
   * The product manager's draft of the offering while the buying center forms its need (and between proposals):
   * the options and claims the next proposal starts from, and which of the team's answered questions it answers.
   */
  z
    .object({
      type: z.literal('draft-offering'),
      options: ProposalInputSchema.shape.options,
      claims: ProposalInputSchema.shape.claims,
      price: PriceSchema.optional(),
      answers: unique(IdSchema, 0, LIMITS.preparedAnswers, 'the answers it draws on'),
    })
    .strict(),
  /**
   * Customer service prepares the evidence that fits what members answered: the next proposal is handed in with
   * it unless customer service attaches other evidence.
   */
  z
    .object({
      type: z.literal('prepare-evidence'),
      evidence: ProposalInputSchema.shape.evidence,
      answers: unique(IdSchema, 0, LIMITS.preparedAnswers, 'the answers it draws on'),
    })
    .strict(),
  /** Customer service runs a pilot a member asked for. */
  z.object({ type: z.literal('run-pilot'), requestId: IdSchema }).strict(),
  /** Customer service answers the post-purchase evaluation; a remedy makes good on the promises not kept. */
  z
    .object({
      type: z.literal('service-response'),
      remedy: z.boolean(),
      text: text(LIMITS.comment, 'a response'),
    })
    .strict(),
  z
    .object({ type: z.literal('score-proposal'), seller: SellerIdSchema, score: whole(0, 10, 'a score') })
    .strict(),
  z
    .object({
      type: z.literal('request-bafo'),
      sellers: unique(SellerIdSchema, 1, 4, 'the sellers to ask'),
      /** The price the buying center asks each seller to reach: how far behind (or ahead) it stands. */
      targets: z.partialRecord(SellerIdSchema, PriceSchema).optional(),
    })
    .strict(),
  z.object({ type: z.literal('submit-bafo'), price: PriceSchema, terms: TermsSchema.optional() }).strict(),
  /** A member checks one tangible claim of an open proposal (a reference call, a test, a site visit). */
  z
    .object({
      type: z.literal('verify-claim'),
      seller: SellerIdSchema,
      dimension: SlugSchema,
      /** How (verification.ts): left out, the strongest the member may use on it short of a pilot. */
      method: z.enum(CHECK_METHODS).optional(),
    })
    .strict(),
  z.object({ type: z.literal('vote'), seller: SellerIdSchema }).strict(),
  z
    .object({
      type: z.literal('sign-off'),
      approve: z.boolean(),
      comment: optionalText(LIMITS.comment, 'a comment'),
    })
    .strict(),
  z
    .object({
      type: z.literal('rate-supplier'),
      rating: whole(1, 5, 'a rating'),
      comment: optionalText(LIMITS.comment, 'a comment'),
    })
    .strict(),
  /**
   * Predict, then reveal: a seller team names the benefit it believes each member weighs most (one a member; the
   * whole prediction, replacing any earlier one). Which members and benefits the scenario has, the engine checks.
   */
  z
    .object({
      type: z.literal('predict-priorities'),
      priorities: z
        .unknown()
        // zod leaves a `__proto__` key out of a record without a word: a member by that name is refused here.
        .refine(
          (p) => typeof p !== 'object' || p === null || !Object.keys(p).some(isInheritedKey),
          'names something that is not a member',
        )
        .pipe(
          z
            .partialRecord(RoleSchema, SlugSchema)
            .refine((p) => Object.keys(p).length > 0, 'name a benefit for at least one member'),
        ),
    })
    .strict(),
  /** A member predicts which offer the buying center will choose, and optionally the price it will pay. */
  z
    .object({ type: z.literal('predict-winner'), seller: SellerIdSchema, price: PriceSchema.optional() })
    .strict(),
  z.object({ type: z.literal('ready'), ready: z.boolean() }).strict(),
] as const;

/** A seated player's intent. */
export const PlayerActionSchema = z.discriminatedUnion('type', PLAYER_ACTION_SCHEMAS);

/** Instructor actions that address one table; seating is done with the session's own messages. */
export const TableInstructorActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('advance') }).strict(),
  z.object({ type: z.literal('pause') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z
    .object({
      type: z.literal('extend-timer'),
      seconds: whole(LIMITS.minTimerExtension, LIMITS.maxTimerExtension, 'an extension in seconds'),
    })
    .strict(),
  z.object({ type: z.literal('end-round') }).strict(),
  z.object({ type: z.literal('next-round') }).strict(),
  /** Derived demand: the buyer's customers ask more of a benefit, and one member weighs it more (market.ts). */
  z
    .object({
      type: z.literal('market-event'),
      role: RoleSchema,
      dimension: SlugSchema,
      points: whole(LIMITS.minMarketShift, LIMITS.maxMarketShift, 'the points the member’s weight rises by'),
    })
    .strict(),
]);

/** Every instructor action, as the log stores it: the table actions and the seating the session does. */
export const InstructorActionSchema = z.discriminatedUnion('type', [
  ...TableInstructorActionSchema.options,
  z
    .object({
      type: z.literal('seat-player'),
      seat: SeatIdSchema,
      player: z.object({ id: IdSchema, name: text(LIMITS.playerName, 'a display name') }).strict(),
    })
    .strict(),
  z.object({ type: z.literal('unseat-player'), playerId: IdSchema }).strict(),
  z.object({ type: z.literal('set-bot'), seat: SeatIdSchema, bot: z.boolean() }).strict(),
]);

export const INSTRUCTOR_ACTION_TYPES: readonly string[] = InstructorActionSchema.options.map(
  (o) => o.shape.type.value,
);

export const SystemActionSchema = z.object({ type: z.literal('tick') }).strict();

export const ActorSchema = z.discriminatedUnion('kind', [
  /** `player`: which of the seat's players acts (a seller team's roles are per player); none for a bot. */
  z.object({ kind: z.literal('seat'), seat: SeatIdSchema, player: IdSchema.optional() }).strict(),
  z.object({ kind: z.literal('instructor') }).strict(),
  z.object({ kind: z.literal('system') }).strict(),
]);

const At = z.number().finite('an action needs a time');

/**
 * One entry of a table's log: who did what, when. The engine parses every entry with this before anything
 * else, live or replayed, so an entry no client could send never reaches a handler.
 */
export const LogEntrySchema = z.union([
  z
    .object({
      actor: z.object({ kind: z.literal('seat'), seat: SeatIdSchema, player: IdSchema.optional() }).strict(),
      action: PlayerActionSchema,
      at: At,
    })
    .strict(),
  z
    .object({
      actor: z.object({ kind: z.literal('instructor') }).strict(),
      action: InstructorActionSchema,
      at: At,
    })
    .strict(),
  z
    .object({ actor: z.object({ kind: z.literal('system') }).strict(), action: SystemActionSchema, at: At })
    .strict(),
]);

/**
 * Parses a log entry: the actor first, then the action by the schema for that kind of actor, so a refusal names
 * the field at fault rather than saying that no kind of entry fits.
 */
export function parseEntry(
  entry: unknown,
):
  | { ok: true; entry: z.infer<typeof LogEntrySchema> }
  | { ok: false; code: 'invalid-value' | 'wrong-seat'; message: string } {
  if (!entry || typeof entry !== 'object')
    return { ok: false, code: 'invalid-value', message: 'an action must be an object' };
  const e = entry as { actor?: unknown; action?: unknown; at?: unknown };
  const at = At.safeParse(e.at);
  if (!at.success) return { ok: false, code: 'invalid-value', message: 'an action needs a time' };
  const actor = ActorSchema.safeParse(e.actor);
  if (!actor.success)
    return {
      ok: false,
      code: (e.actor as { kind?: unknown } | null)?.kind === 'seat' ? 'wrong-seat' : 'invalid-value',
      message: `actor: ${describeZodError(actor.error)}`,
    };
  const schema =
    actor.data.kind === 'seat'
      ? PlayerActionSchema
      : actor.data.kind === 'instructor'
        ? InstructorActionSchema
        : SystemActionSchema;
  const action = schema.safeParse(e.action);
  if (!action.success) {
    const type = (e.action as { type?: unknown } | null)?.type;
    const names: readonly string[] =
      actor.data.kind === 'seat'
        ? PLAYER_ACTION_TYPES
        : actor.data.kind === 'instructor'
          ? INSTRUCTOR_ACTION_TYPES
          : ['tick'];
    if (typeof type !== 'string' || !names.includes(type)) {
      const who = { seat: 'a player', instructor: 'the instructor', system: 'the clock' }[actor.data.kind];
      // A player naming something that is no intent sends a bad value; the instructor or the clock sending
      // what is not theirs is the wrong sender.
      return {
        ok: false,
        code: actor.data.kind === 'seat' ? 'invalid-value' : 'wrong-seat',
        message: `"${String(type).slice(0, 40)}" is not an action of ${who}`,
      };
    }
    return { ok: false, code: 'invalid-value', message: describeZodError(action.error) };
  }
  return {
    ok: true,
    entry: { actor: actor.data, action: action.data, at: at.data } as z.infer<typeof LogEntrySchema>,
  };
}

// The names list and the schema describe the same intents.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _namesMatch: Same<z.infer<typeof PlayerActionSchema>['type'], (typeof PLAYER_ACTION_TYPES)[number]> =
  true;
void _namesMatch;

/** Formats zod issues as short, plain reasons (no values echoed back). */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'message'}: ${i.message}`)
    .join('; ');
}
