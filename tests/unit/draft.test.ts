// The engine's copy-on-write draft (shared/rules/draft.ts): random edits made through a draft give the same
// data as the same edits made on a deep copy, never write the base, share every subtree they left alone, and
// leave no draft behind (in the result or in the facts handed to finish); `current` reads what a draft holds;
// a dropped draft changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../shared/rules/clone.ts';
import { createDraft, current, isDraft } from '../../shared/rules/draft.ts';
import { setOwn } from '../../shared/own.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const json: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom('a', 'b'),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** One edit at a path: the path's numbers pick keys of whatever object they reach. */
const edit = fc.record({
  path: fc.array(fc.nat(), { maxLength: 4 }),
  op: fc.constantFrom(
    'set',
    'setOwn',
    'delete',
    'push',
    'splice',
    'sort',
    'reverse',
    'move',
    'nested',
    'read',
  ),
  value: json,
  n: fc.nat(),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

/** Follows a path of picks from `root`; the object reached (or the root when a pick finds no object). */
function reach(root: unknown, path: readonly number[]): Record<string, unknown> {
  let at = root as Record<string, unknown>;
  for (const n of path) {
    const keys = Object.keys(at);
    if (keys.length === 0) break;
    const next = at[keys[n % keys.length]!];
    if (!isObj(next)) break;
    at = next;
  }
  return at;
}

/** Applies one edit to `root` (a draft or a plain copy: the same code for both). */
function run(root: Record<string, unknown>, e: Edit, moved: unknown[]) {
  const at = reach(root, e.path);
  const keys = Object.keys(at);
  const key = keys.length > 0 ? keys[e.n % keys.length]! : 'a';
  const fresh = cloneJson(e.value);
  switch (e.op) {
    case 'set':
      at[Array.isArray(at) ? String(e.n % (at.length + 1)) : key] = fresh;
      return;
    case 'setOwn':
      if (!Array.isArray(at)) setOwn(at, e.n % 2 === 0 ? key : 'e', fresh);
      return;
    case 'delete':
      if (!Array.isArray(at)) delete at[key];
      return;
    case 'push':
      if (Array.isArray(at)) at.push(fresh);
      return;
    case 'splice':
      if (Array.isArray(at)) at.splice(e.n % (at.length + 1), 1, fresh, fresh);
      return;
    case 'sort':
      if (Array.isArray(at)) at.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      return;
    case 'reverse':
      if (Array.isArray(at)) at.reverse();
      return;
    case 'move':
      // An object of the tree put somewhere else too (a draft, when done through one); at the root, so that
      // it never holds itself.
      if (isObj(at[key])) moved.push(at[key]);
      if (moved.length > 0) root['m'] = { held: moved[e.n % moved.length] };
      return;
    case 'nested': {
      const child = at[key];
      if (isObj(child) && !Array.isArray(child)) child['z'] = e.n;
      return;
    }
    case 'read':
      moved.push(JSON.stringify(at));
      return;
  }
}

function noDraft(v: unknown): boolean {
  if (!isObj(v)) return true;
  if (isDraft(v)) return false;
  return Object.values(v).every(noDraft);
}

describe('the copy-on-write draft', () => {
  it('edits like a deep copy, never writes the base, shares what it left alone, leaves no draft behind', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), json, { minKeys: 1, maxKeys: 4 }),
        fc.array(edit, { maxLength: 8 }),
        (base, edits) => {
          const snapshot = JSON.stringify(base);
          const expected = cloneJson(base);
          const movedCopy: unknown[] = [];
          for (const e of edits) run(expected, e, movedCopy);

          const d = createDraft(base);
          const movedDraft: unknown[] = [];
          for (const e of edits) run(d.draft, e, movedDraft);
          // What the draft holds now, read without it, is what the copy holds.
          expect(JSON.stringify(current(d.draft))).toBe(JSON.stringify(expected));
          const facts = { moved: movedDraft.filter(isObj) };
          const { state, extra } = d.finish(facts);

          expect(JSON.stringify(base)).toBe(snapshot);
          expect(state).toEqual(expected);
          expect(noDraft(state)).toBe(true);
          expect(noDraft(extra)).toBe(true);
          expect(extra.moved).toEqual(movedCopy.filter(isObj));
          if (edits.every((e) => e.op === 'read')) expect(state).toBe(base);
        },
      ),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('keeps the base object of every subtree the edits did not reach', () => {
    const base = { a: { x: [1, 2] }, b: { y: { z: 1 } }, c: [{ id: 1 }, { id: 2 }] };
    const d = createDraft(base);
    d.draft.b.y.z = 2;
    d.draft.c[1]!.id = 3;
    void d.draft.a.x.length;
    const { state } = d.finish(null);
    expect(state).toEqual({ a: { x: [1, 2] }, b: { y: { z: 2 } }, c: [{ id: 1 }, { id: 3 }] });
    expect(state.a).toBe(base.a);
    expect(state.c[0]).toBe(base.c[0]);
    expect(state.b).not.toBe(base.b);
    expect(base.b.y.z).toBe(1);
  });

  it('keeps own-key rules: `__proto__` stays a plain key, null-prototype maps stay maps', () => {
    const map = Object.create(null) as Record<string, number>;
    map['k'] = 1;
    const base = { map, list: [] as number[] };
    const d = createDraft(base);
    setOwn(d.draft as unknown as Record<string, unknown>, '__proto__', { polluted: true });
    d.draft.map['j'] = 2;
    const { state } = d.finish(null);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(Object.hasOwn(state, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(state.map)).toBeNull();
    expect({ ...state.map }).toEqual({ k: 1, j: 2 });
  });

  it('a dropped draft changes nothing, and its drafts stop working', () => {
    const base = { a: { b: 1 } };
    const d = createDraft(base);
    const inner = d.draft.a;
    inner.b = 2;
    d.drop();
    expect(base).toEqual({ a: { b: 1 } });
    expect(() => inner.b).toThrow(TypeError);
  });
});
