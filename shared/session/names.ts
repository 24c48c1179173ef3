// Display names: plain text, trimmed, bounded, and unique within a session.
import { LIMITS } from '../rules/action-schema.ts';

// Control characters, zero-width and bidirectional overrides: invisible, and a way to fake another name.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f]/g;

export function cleanName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const folded = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (folded.length === 0) return null;
  return [...folded]
    .slice(0, LIMITS.playerName - 4)
    .join('')
    .trim();
}
/** The key a name is compared by: names that differ only in case are the same name. */
export function nameKey(name: string): string {
  return name.toLocaleLowerCase();
}

/** Adds " (2)", " (3)", ... when the name is taken: `taken` holds the names in use by their nameKey. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
