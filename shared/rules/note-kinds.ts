// The teaching notes' vocabulary, without the rules that fire them (teaching-notes.ts): the kinds, the concepts
// of the course notes they illustrate, and which of a seat's notes come first. Dependency-free, so the student's
// debrief sorts its notes without loading the rules engine.
import { isObcRole, type SeatId } from './seats.ts';

/** The concepts of the course notes a note illustrates. */
export const NOTE_CONCEPTS = [
  'discovery',
  'points-of-difference',
  'value-proposition',
  'credibility',
  'pricing',
  'specification',
  'buying-center-roles',
  'decision-quality',
  'purchase-type',
  'derived-demand',
] as const;
export type NoteConcept = (typeof NOTE_CONCEPTS)[number];

/** What happened at the table that a note is about; each kind has one condition (docs/rules.md). */
export const NOTE_KINDS = [
  'missed-priority',
  'contention',
  'focus',
  'fit',
  'overclaim',
  'tangibilize',
  'value-left',
  'bafo',
  'bafo-buyer',
  'spec-void',
  'spec-gate',
  'spec-weight',
  'pivotal-vote',
  'sign-off-rejection',
  'decision-quality',
  'unvoiced-priority',
  'purchase-type',
  'market-shift',
  'customer-need',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const CONCEPT_OF: { readonly [K in NoteKind]: NoteConcept } = {
  'missed-priority': 'discovery',
  contention: 'points-of-difference',
  focus: 'value-proposition',
  fit: 'value-proposition',
  overclaim: 'credibility',
  tangibilize: 'credibility',
  'value-left': 'pricing',
  bafo: 'pricing',
  'bafo-buyer': 'pricing',
  'spec-void': 'specification',
  'spec-gate': 'specification',
  'spec-weight': 'specification',
  'pivotal-vote': 'buying-center-roles',
  'sign-off-rejection': 'buying-center-roles',
  'decision-quality': 'decision-quality',
  'unvoiced-priority': 'specification',
  'purchase-type': 'purchase-type',
  'market-shift': 'derived-demand',
  'customer-need': 'derived-demand',
};

export interface TeachingNote {
  kind: NoteKind;
  concept: NoteConcept;
  /** The seats it speaks to: a seller's notes its team, a member's that member, a table-wide one every seat. */
  seats: SeatId[];
  /** The facts of this table it states (ids, levels, prices, shares), for the client to word. */
  params: Record<string, string | number>;
  /** What to try next time, as a code the client words; its facts are in `params` too. */
  next: string;
}

/**
 * Which notes matter most to a seat, most important first: a seller's and a member's own order. A seller hears
 * first what cost it the contract (void, turned down, a false claim caught), then what it missed; a member first
 * what its own vote or signature did.
 */
export const SELLER_ORDER: readonly NoteKind[] = [
  'spec-void',
  'sign-off-rejection',
  'overclaim',
  'market-shift',
  'missed-priority',
  'customer-need',
  'contention',
  'focus',
  'fit',
  'bafo',
  'pivotal-vote',
  'value-left',
  'tangibilize',
  'spec-gate',
  'spec-weight',
  'purchase-type',
];
export const MEMBER_ORDER: readonly NoteKind[] = [
  'pivotal-vote',
  'sign-off-rejection',
  'decision-quality',
  'market-shift',
  'spec-void',
  'spec-weight',
  'spec-gate',
  'unvoiced-priority',
  'bafo-buyer',
  'purchase-type',
];

/** The notes one seat reads, most important first (a viewer without a seat reads them all, as they came). */
export function notesFor<N extends Pick<TeachingNote, 'kind' | 'seats'>>(
  notes: readonly N[],
  seat: string | null,
): N[] {
  if (seat === null) return [...notes];
  const order = isObcRole(seat) ? MEMBER_ORDER : SELLER_ORDER;
  const rank = (n: N) => {
    const i = order.indexOf(n.kind);
    return i < 0 ? order.length : i;
  };
  return notes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => n.seats.includes(seat as SeatId))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map(({ n }) => n);
}
