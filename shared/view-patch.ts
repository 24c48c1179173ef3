import { own, setOwn } from './own.ts';
// Applying a `view-patch` message (shared/protocol.ts, ServerMessage.viewPatch) to the view a client holds.
// Apart from the protocol's schemas so that the browser's first download does not carry the validation library.
/**
 * The view a client holds after a `view-patch`: the fields in `set` replace those of the view it holds for
 * that table. Null when it holds no view of that table (the server then sends a whole `view` anyway).
 */
export function applyViewPatch<V extends object>(
  held: { table: string | null; view: V | null },
  patch: unknown,
): V | null {
  const p = (patch ?? {}) as { table?: unknown; set?: unknown };
  if (!held.view || p.table !== held.table || typeof p.set !== 'object' || p.set === null) return null;
  return { ...held.view, ...(p.set as Partial<V>) };
}

/** A view's top-level fields, each as JSON: what a client was last sent, and what the next patch differs in. */
export type ViewFields = Map<string, string>;

export function viewFields(view: Record<string, unknown>): ViewFields {
  return new Map(Object.entries(view).map(([k, v]) => [k, JSON.stringify(v)]));
}

/**
 * The `set` of a patch from the view whose fields were `base` to `view` (with fields `fields`): the fields that
 * differ, each whole. Null when nothing differs.
 */
export function viewPatchSet(
  base: ViewFields,
  fields: ViewFields,
  view: Record<string, unknown>,
): Record<string, unknown> | null {
  const set: Record<string, unknown> = {};
  let changed = false;
  for (const [k, json] of fields) {
    if (base.get(k) === json) continue;
    setOwn(set, k, own(view, k));
    changed = true;
  }
  return changed ? set : null;
}
