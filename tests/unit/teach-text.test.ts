// "Does it teach?" in English, Finnish and Polish (client/instructor/editor/teach-text.ts): every strategy, every
// lesson check the tournament makes and its figures, and every advice, written in the editor's language from ids
// and parameters, with no id (`claim-must-haves`, `straight-rebuy`, `procurement`) and no English shown in a
// Finnish or Polish panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAdvice, structuralAdvice, type Advice } from '../../client/instructor/editor/advice.ts';
import {
  CHECK_KEYS,
  adviceText,
  checkText,
  strategyName,
} from '../../client/instructor/editor/teach-text.ts';
import { editorEn } from '../../client/i18n/editor-en.ts';
import { editorFi } from '../../client/i18n/editor-fi.ts';
import { editorPl } from '../../client/i18n/editor-pl.ts';
import { loadEditorLanguage } from '../../client/i18n/editor.ts';
import { setLanguage, type Lang } from '../../client/i18n/index.ts';
import { SELLER_STRATEGIES } from '../../shared/bots/seller-policy.ts';
import { LESSON_CHECK_IDS, tournament, type LessonCheck } from '../../shared/sim/tournament.ts';
import { OBC_ROLES, PURCHASE_TYPES } from '../../shared/scenario/schema.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
});
afterAll(async () => {
  await setLanguage('en');
  await loadEditorLanguage();
  delete (globalThis as { document?: unknown }).document;
});

const DICTS: [Lang, Record<string, string>][] = [
  ['en', editorEn],
  ['fi', editorFi],
  ['pl', editorPl],
];

/** Ids a reader must never see in the panel. */
const IDS = [...SELLER_STRATEGIES, ...PURCHASE_TYPES, ...OBC_ROLES, ...LESSON_CHECK_IDS];
const noId = (text: string, what: string) => {
  for (const id of IDS) expect(text, `${what}: ${id}`).not.toMatch(new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`));
  expect(text, what).not.toMatch(/[{}#]|undefined|NaN/);
};

let checks: LessonCheck[] = [];
let advice: Advice[] = [];
beforeAll(() => {
  const scenario = miniScenario();
  checks = tournament(scenario, { runs: 1, seed: 1 }).lesson.checks;
  const failing = checks.map((c) => checkAdvice({ ...c, holds: false })).filter((a) => a !== null);
  advice = [...structuralAdvice(scenario), ...failing];
}, 120_000);

describe('the teach panel dictionary', () => {
  it.each(DICTS)(
    '%s: a name for every strategy and a sentence for every check and its figures',
    (_l, dict) => {
      for (const s of SELLER_STRATEGIES) {
        expect(Object.hasOwn(dict, `strategy.${s}`), s).toBe(true);
        expect(dict[`strategy.${s}`], s).not.toBe(s);
      }
      for (const id of LESSON_CHECK_IDS) {
        expect(Object.hasOwn(dict, CHECK_KEYS[id].name), id).toBe(true);
        expect(Object.hasOwn(dict, CHECK_KEYS[id].detail), id).toBe(true);
      }
    },
  );

  it('the tournament makes checks of every id, each with its figures', () => {
    expect(new Set(checks.map((c) => c.id))).toEqual(new Set(LESSON_CHECK_IDS));
    for (const c of checks) expect(Object.keys(c.params).length, c.id).toBeGreaterThan(0);
  });
});

describe.each(DICTS)('the teach panel in %s', (lang) => {
  beforeAll(async () => {
    await setLanguage(lang);
    await loadEditorLanguage();
  });

  it('names every strategy, with no id', () => {
    const names = SELLER_STRATEGIES.map(strategyName);
    expect(new Set(names).size).toBe(SELLER_STRATEGIES.length);
    names.forEach((n, i) => noId(n, SELLER_STRATEGIES[i]!));
  });

  it('writes every check of a real tournament and its figures, with no id and no English', () => {
    for (const c of checks) {
      const text = checkText(c);
      noId(text.name, c.id);
      noId(text.detail, `${c.id} detail`);
      if (lang !== 'en') {
        expect(text.name, c.id).not.toBe(c.name);
        expect(text.detail, c.id).not.toMatch(/\b(against|where it plays|vs|largest|win rate)\b/);
      }
    }
    // The figures are the language's numbers: a percentage for a share, a purchase type by its name.
    const classified = checks.find((c) => c.id === 'classified')!;
    expect(checkText(classified).detail).toMatch(/%/);
    const type = checks.find((c) => c.id === 'purchase-type')!;
    expect(checkText(type).name).toContain({ en: 'New task', fi: 'Uusi osto', pl: 'Nowy zakup' }[lang] ?? '');
  });

  it('writes every advice with roles and dimensions by their names', () => {
    const label = (id: string) => `«${id} label»`;
    const structural: Advice[] = [
      {
        path: '$',
        key: 'advice.mustHaveUnmet',
        params: { role: 'procurement', dimension: 'quality', level: 4, best: 3 },
      },
      { path: '$', key: 'advice.unweighed', params: { dimension: 'quality' } },
    ];
    for (const a of [...advice, ...structural]) {
      const text = adviceText(a, label);
      noId(text, a.key);
      if ('dimension' in a.params) expect(text, a.key).toContain('«quality label»');
    }
    const unmet = adviceText(structural[0]!, label);
    expect(unmet).toContain({ en: 'Procurement', fi: 'Hankinta', pl: 'Zakupy' }[lang]);
  });
});
