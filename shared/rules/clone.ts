// A deep copy of plain JSON data (objects, arrays, strings, numbers, booleans, null), which is what a table's
// state is. apply() copied the state with it once per action until the copy-on-write draft (draft.ts) took its
// place; the draft's tests check it against this copy, and other code may copy JSON data with it (faster than
// structuredClone's generality, which was once a quarter of the tournament's time: docs/performance.md).
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i] as unknown);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    // eslint-disable-next-line bc/own-keys -- the keys are the source's own
    const copy = cloneJson(source[key]);
    // `__proto__` (never an id: the schemas refuse it) would replace the copy's prototype; keep it a plain key.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: copy, writable: true, enumerable: true, configurable: true });
    // eslint-disable-next-line bc/own-keys -- the same own key, on a fresh object
    else out[key] = copy;
  }
  return out as T;
}
