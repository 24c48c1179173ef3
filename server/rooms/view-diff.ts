// What a `view-patch` carries: the top-level fields of a view that differ from the view the connection holds,
// each whole. Compared as values (dequal), not as JSON: most of a view is the same from one change to the next,
// and a comparison stops at the first difference and at the first shared object (a seat's brief is the
// scenario's own object every time) where building the JSON of every field of every viewer's view on every
// change was most of the fan-out's work (docs/performance.md). dequal, not fast-deep-equal: a view holds
// null-prototype maps (a proposal's option and evidence labels, keyed by ids), on which fast-deep-equal calls
// the missing valueOf and throws.
import { dequal as equal } from 'dequal/lite';
import { own, setOwn } from '../../shared/own.ts';

/**
 * The fields of `view` that differ from `base` (both views of one table, with the same top-level fields, as
 * viewFor makes them), or null when none does.
 */
export function viewPatchSet(base: object, view: object): Record<string, unknown> | null {
  let set: Record<string, unknown> | null = null;
  const b = base as Record<string, unknown>;
  for (const [k, v] of Object.entries(view)) {
    // Most fields are the very object the last view held (views share what did not change: view.ts).
    const held = own(b, k);
    if (held === v ? held !== undefined || Object.hasOwn(b, k) : held !== undefined && equal(held, v))
      continue;
    set ??= {};
    setOwn(set, k, v);
  }
  return set;
}
