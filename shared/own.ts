// The one way to look a key up that may have come from outside (a client's message, an uploaded scenario, a
// stored log): own properties only. On a plain object `record[key]` also finds what every object inherits
// (`__proto__`, `constructor`, `toString` …): a read returns a built-in function, a write changes
// Object.prototype for the whole process. The lint rule `bc/own-keys` (scripts/lint/own-keys.js) refuses plain
// bracket lookups with a string key in shared/ and server/, so every such lookup goes through here or a Map.

/** Every name a plain object inherits; none of them can be an id (the schemas refuse them). */
export const INHERITED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether a string is a name every object inherits (`__proto__`, `toString` …). */
export function isInheritedKey(key: string): boolean {
  return INHERITED_KEYS.has(key);
}

/** The record's own value at `key`, or undefined: never an inherited one. */
export function own<T>(
  record: Readonly<Partial<Record<string, T>>> | null | undefined,
  key: unknown,
): T | undefined {
  if (record == null || typeof key !== 'string' || !Object.hasOwn(record, key)) return undefined;
  // eslint-disable-next-line bc/own-keys -- the one checked lookup
  return record[key];
}

/** Whether the record has its own property `key`. */
export function hasOwnKey(record: object | null | undefined, key: unknown): boolean {
  return record != null && typeof key === 'string' && Object.hasOwn(record, key);
}

/**
 * Sets the record's own property `key`: even `__proto__` becomes a plain data property instead of replacing the
 * object's prototype. Ids are validated before they get here; this keeps a mistake from reaching the prototype.
 */
export function setOwn<T>(record: Partial<Record<string, T>>, key: string, value: NoInfer<T>): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
