// The `debrief` message carries the debrief as deflate-raw compressed JSON: at some 26 KB of msgpack it is the
// largest message, and every student of a class gets theirs within the same second when the round ends;
// compressed it is a fifth of that. Browsers inflate it with DecompressionStream('deflate-raw'); Node clients
// (tests, simulator) with inflateDebrief below.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Debrief } from '../shared/rules/debrief.ts';

export interface DebriefMessage {
  table: string;
  round: number;
  deflated: Uint8Array;
}

export function debriefMessage(table: string, debrief: Debrief): DebriefMessage {
  return { table, round: debrief.round, deflated: deflateRawSync(JSON.stringify(debrief)) };
}

/** The debrief a `debrief` message carries, or null when it carries none. */
export function inflateDebrief(message: unknown): Debrief | null {
  const deflated = (message as Partial<DebriefMessage> | null)?.deflated;
  if (!(deflated instanceof Uint8Array)) return null;
  return JSON.parse(inflateRawSync(deflated).toString('utf8')) as Debrief;
}
