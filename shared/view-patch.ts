// Applying a `view-patch` message (shared/protocol.ts, ServerMessage.viewPatch) to the view a client holds.
// Apart from the protocol's schemas so that the browser's first download does not carry the validation library.
// The server's side, which fields a patch carries, is server/rooms/view-diff.ts.
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
