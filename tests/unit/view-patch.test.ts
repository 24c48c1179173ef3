// View patches: whatever sequence of views a seat goes through, a client that holds the first whole view and
// applies each patch the server would send holds exactly the seat's latest view; nothing changed, nothing sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyViewPatch } from '../../shared/view-patch.ts';
import { viewPatchSet } from '../../server/rooms/view-diff.ts';

// Views of a few fixed top-level fields (as viewFor's are), whose values change at random between views.
const KEYS = ['phase', 'stage', 'seats', 'questions', 'spec', 'proposals', 'decision'] as const;
const value = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const view = fc.record(Object.fromEntries(KEYS.map((k) => [k, value])));
/** Each next view keeps most fields of the one before, as most moves change one or two fields. */
const views = fc
  .tuple(view, fc.array(fc.tuple(fc.subarray([...KEYS]), view), { maxLength: 30 }))
  .map(([first, steps]) => {
    const out = [first];
    for (const [changed, fresh] of steps) {
      const prev = out.at(-1)!;
      out.push({ ...prev, ...Object.fromEntries(changed.map((k) => [k, fresh[k]])) });
    }
    return out;
  });

describe('view patches', () => {
  it('rebuild every view from the first whole one, and are empty exactly when nothing changed', () => {
    fc.assert(
      fc.property(views, (seq) => {
        let held: Record<string, unknown> | null = seq[0]!;
        let base = seq[0]!;
        for (const next of seq.slice(1)) {
          const set = viewPatchSet(base, next);
          expect(set === null).toBe(JSON.stringify(next) === JSON.stringify(held));
          if (set) {
            // Only fields that differ travel.
            expect(
              Object.keys(set).every(
                (k) => JSON.stringify(set[k]) !== JSON.stringify(base[k as keyof typeof base]),
              ),
            ).toBe(true);
            held = applyViewPatch({ table: 'T1', view: held }, { table: 'T1', set });
          }
          expect(JSON.stringify(held)).toBe(JSON.stringify(next));
          base = next;
        }
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it("compares a view's null-prototype maps (the proposals' labels) as values", () => {
    const labels = (o: Record<string, string>) => Object.assign(Object.create(null) as object, o);
    const view = (a: string) => ({
      stage: 'proposals',
      labels: { options: labels({ gw: a }), evidence: labels({}) },
    });
    expect(viewPatchSet(view('Gateway'), view('Gateway'))).toBeNull();
    expect(JSON.stringify(viewPatchSet(view('Gateway'), view('Hub')))).toBe(
      JSON.stringify({ labels: { options: { gw: 'Hub' }, evidence: {} } }),
    );
  });

  it('a patch for another table, or without a view to apply to, is not applied', () => {
    const set = { stage: 'rfp' };
    expect(
      applyViewPatch({ table: 'T1', view: { stage: 'specifications' } }, { table: 'T2', set }),
    ).toBeNull();
    expect(applyViewPatch({ table: null, view: null }, { table: 'T1', set })).toBeNull();
    expect(applyViewPatch({ table: 'T1', view: { stage: 'x' } }, { table: 'T1', set: 'junk' })).toBeNull();
    expect(applyViewPatch({ table: 'T1', view: { stage: 'x', round: 1 } }, { table: 'T1', set })).toEqual({
      stage: 'rfp',
      round: 1,
    });
  });
});
