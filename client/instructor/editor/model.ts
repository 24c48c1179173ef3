// The editor's model: the draft is the scenario's JSON value itself, edited in place by path, so what is
// exported is what was opened plus the edits and nothing else (no defaults filled in, keys kept in their order).
// Pure: no DOM, so the round trip and the weights' arithmetic are unit-tested (tests/unit/editor-model.test.ts).
import { readJson, type Place } from '../../../shared/json-text.ts';
import { setOwn } from '../../../shared/own.ts';
import { TEXT_FIELDS } from '../../../shared/scenario/check.ts';
import { LANGUAGES, type Language } from '../../../shared/scenario/schema.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Draft = { [key: string]: Json };
export type Path = readonly (string | number)[];

const isObject = (v: unknown): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path, or undefined where the path leads nowhere (own properties only). */
export function getAt(root: unknown, path: Path): Json | undefined {
  let value: unknown = root;
  for (const part of path) {
    if (Array.isArray(value) && typeof part === 'number') value = value[part];
    else if (isObject(value) && typeof part === 'string' && Object.hasOwn(value, part))
      value = Object.getOwnPropertyDescriptor(value, part)?.value;
    else return undefined;
  }
  return value as Json | undefined;
}

/**
 * Sets the value at a path, making the objects on the way; `undefined` removes the field. A key from a form
 * (a dimension id typed by the author) becomes an own data property even when it is `__proto__`.
 */
export function setAt(root: Draft, path: Path, value: Json | undefined): void {
  if (path.length === 0) return;
  let parent: Json = root;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i] as string | number;
    let next = getAt(parent, [part]);
    if (next === undefined || next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      assign(parent, part, next);
    }
    parent = next;
  }
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (isObject(parent) && typeof last === 'string' && Object.hasOwn(parent, last))
      Reflect.deleteProperty(parent, last);
    return;
  }
  assign(parent, last, value);
}

function assign(parent: Json, key: string | number, value: Json) {
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (isObject(parent) && typeof key === 'string') setOwn(parent, key, value);
}

/** The draft as a file: two-space JSON, the form the bundled files and `scenario:check` take. */
export function exportText(draft: Draft): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** A JSON text in the one form two texts of the same value share (for comparing files). */
export function normalizeJson(text: string): string {
  return exportText(JSON.parse(text) as Draft);
}

/** Opens a file's text as a draft, or says why not: not JSON (and where it breaks), or JSON but not an object. */
export function openText(
  text: string,
): { ok: true; draft: Draft } | { ok: false; at: Place | null; notObject?: true } {
  const read = readJson(text);
  if (!read.ok) return read;
  return isObject(read.value) ? { ok: true, draft: read.value } : { ok: false, at: null, notObject: true };
}

/** A copy of a scenario to edit as a new one: its own id, so it does not pass for the original. */
export function duplicate(source: Draft, suffix = 'copy'): Draft {
  const copy = structuredClone(source);
  const id = getAt(copy, ['meta', 'id']);
  setAt(copy, ['meta', 'id'], typeof id === 'string' ? `${id}-${suffix}`.slice(0, 60) : 'my-case');
  return copy;
}

const member = (
  role: string,
  level: number,
  influence: number,
  weights: Record<string, number>,
  extra: { signOff?: boolean; priceSensitivity: number },
): Json => ({
  role,
  title: '',
  hierarchyLevel: level,
  influence,
  veto: false,
  signOff: extra.signOff ?? false,
  brief: '',
  priorities: {
    weights,
    priceSensitivity: extra.priceSensitivity,
    riskAversion: 0.5,
    mustHaves: [],
    petConcerns: [
      { id: `${role}-concern`, dimension: Object.keys(weights)[0] ?? 'quality', text: '', keywords: [] },
    ],
  },
});

/**
 * A new case's skeleton: every structure in place with working numbers (three members, three dimensions, two
 * sellers whose offerings differ), and every text empty for the author to write: the check lists each one.
 */
export function blankDraft(): Draft {
  return {
    meta: {
      id: 'my-case',
      title: '',
      industry: '',
      languages: ['en'],
      learningObjectives: [''],
      suggestedMinutes: 45,
      summary: '',
    },
    purchaseType: 'new-task',
    economics: { currency: 'EUR', quantity: 10, unit: '', valuePerPoint: 4000 },
    buyingFirm: {
      name: '',
      narrative: '',
      firmographics: { industry: '', employees: 200, location: '', ownership: 'private' },
      obc: {
        formality: 'medium',
        centralization: 'medium',
        decisionRule: { kind: 'influence-weighted-vote', description: '' },
        members: [
          member('engineering', 3, 40, { quality: 60, delivery: 20, service: 20 }, { priceSensitivity: 0.2 }),
          member('procurement', 3, 30, { delivery: 50, service: 30, quality: 20 }, { priceSensitivity: 1 }),
          member(
            'general-management',
            1,
            30,
            { service: 50, quality: 30, delivery: 20 },
            { signOff: true, priceSensitivity: 0.5 },
          ),
        ],
      },
    },
    dimensions: [
      { id: 'quality', label: '', category: 'non-economic-tangible', description: '' },
      { id: 'delivery', label: '', category: 'economic-tangible', description: '' },
      { id: 'service', label: '', category: 'economic-intangible', description: '' },
    ],
    sellers: [
      {
        id: 'A',
        name: '',
        description: '',
        incumbent: false,
        trust: 0.5,
        offering: {
          levels: { quality: 5, delivery: 3, service: 3 },
          unitCost: 6000,
          listPrice: 10000,
          options: [],
          evidence: [],
        },
      },
      {
        id: 'B',
        name: '',
        description: '',
        incumbent: false,
        trust: 0.5,
        offering: {
          levels: { quality: 3, delivery: 5, service: 4 },
          unitCost: 5500,
          listPrice: 9500,
          options: [],
          evidence: [],
        },
      },
    ],
    stages: {
      'need-recognition': { minutes: 6, maxQuestionsPerSeller: 6 },
      specifications: { minutes: 5 },
      rfp: { minutes: 8, allowBafo: true },
      'post-purchase': { minutes: 3 },
    },
    rounds: { count: 1, carryTrust: true },
  };
}

/** The declared languages of a draft, in the order the format knows them. */
export function languagesOf(draft: Draft): Language[] {
  const declared = getAt(draft, ['meta', 'languages']);
  return LANGUAGES.filter((l) => Array.isArray(declared) && declared.includes(l));
}

/** A text's words in one language: a plain string stands for every language until a second is declared. */
export function textIn(value: Json | undefined, lang: Language): string {
  if (typeof value === 'string') return value;
  const t = isObject(value) ? getAt(value, [lang]) : undefined;
  return typeof t === 'string' ? t : '';
}

/**
 * Writes one language of a text. With one language declared a plain string stays a string; with more, the
 * text becomes one string per language (a plain string so far counts as the first language's).
 */
export function setText(draft: Draft, path: Path, lang: Language, words: string): void {
  const languages = languagesOf(draft);
  const current = getAt(draft, path);
  if (languages.length <= 1 && (typeof current === 'string' || current === undefined)) {
    setAt(draft, path, words);
    return;
  }
  const next: { [key: string]: Json } = isObject(current)
    ? current
    : typeof current === 'string' && current !== ''
      ? { [languages[0] ?? 'en']: current }
      : {};
  if (words === '') Reflect.deleteProperty(next, lang);
  else setOwn(next, lang, words);
  setAt(draft, path, next);
}

/** Every text a player reads, by path, in document order (the translations table lists them all). */
export function textPaths(draft: Draft): Path[] {
  const out: Path[] = [];
  const visit = (value: Json | undefined, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (isObject(value)) {
      const parentKey = path.at(-1);
      if (parentKey === 'weights' || parentKey === 'levels') return;
      for (const key of Object.keys(value)) {
        const child = getAt(value, [key]);
        if (TEXT_FIELDS.has(key)) {
          if (Array.isArray(child)) child.forEach((_, i) => out.push([...path, key, i]));
          else out.push([...path, key]);
        } else if (key !== 'keywords') visit(child, [...path, key]);
      }
    }
  };
  visit(draft, []);
  return out;
}

/** The texts without words in a declared language. */
export function missingTranslations(draft: Draft): { path: Path; lang: Language }[] {
  const out: { path: Path; lang: Language }[] = [];
  for (const path of textPaths(draft))
    for (const lang of languagesOf(draft))
      if (textIn(getAt(draft, path), lang).trim() === '') out.push({ path, lang });
  return out;
}

/**
 * A member's weights after one slider moved: the moved one takes its value (0–100), and the rest share what is
 * left in proportion to what they had (equally when they had nothing), in whole points, so the sum stays 100.
 */
export function rebalance(
  weights: Readonly<Record<string, number>>,
  dimensions: readonly string[],
  moved: string,
  value: number,
): Record<string, number> {
  const target = Math.max(0, Math.min(100, Math.round(value)));
  const others = dimensions.filter((d) => d !== moved);
  const had = (d: string) =>
    Object.hasOwn(weights, d) ? (Object.getOwnPropertyDescriptor(weights, d)?.value as number) : 0;
  const left = 100 - target;
  const before = others.reduce((sum, d) => sum + had(d), 0);
  const raw = others.map((d) => (before > 0 ? (had(d) / before) * left : left / Math.max(1, others.length)));
  const shares = raw.map(Math.floor);
  // Largest remainders first, so the whole points add up to exactly what is left.
  let rest = left - shares.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    rest -= 1;
  }
  const out: Record<string, number> = {};
  for (const d of dimensions) {
    const v = d === moved ? (others.length === 0 ? 100 : target) : (shares[others.indexOf(d)] ?? 0);
    // A dimension left out weighs 0: keep it out rather than write a 0 the author never set.
    if (v > 0 || Object.hasOwn(weights, d)) setOwn(out, d, v);
  }
  return out;
}

/**
 * Renames a dimension everywhere it is named: weights, levels, must-haves, concerns, options, evidence, the
 * benefits the buyer's own customers need.
 */
export function renameDimension(draft: Draft, from: string, to: string): void {
  if (from === to) return;
  const renameKey = (path: Path) => {
    const o = getAt(draft, path);
    if (!isObject(o) || !Object.hasOwn(o, from)) return;
    const entries = Object.entries(o).map(([k, v]): [string, Json] => [k === from ? to : k, v]);
    const next: { [key: string]: Json } = {};
    for (const [k, v] of entries) setOwn(next, k, v);
    setAt(draft, path, next);
  };
  const members = getAt(draft, ['buyingFirm', 'obc', 'members']);
  (Array.isArray(members) ? members : []).forEach((_, i) => {
    const base = ['buyingFirm', 'obc', 'members', i, 'priorities'];
    renameKey([...base, 'weights']);
    for (const list of ['mustHaves', 'petConcerns']) {
      const items = getAt(draft, [...base, list]);
      (Array.isArray(items) ? items : []).forEach((_, j) => {
        if (getAt(draft, [...base, list, j, 'dimension']) === from)
          setAt(draft, [...base, list, j, 'dimension'], to);
      });
    }
  });
  const sellers = getAt(draft, ['sellers']);
  (Array.isArray(sellers) ? sellers : []).forEach((_, i) => {
    const base = ['sellers', i, 'offering'];
    renameKey([...base, 'levels']);
    const options = getAt(draft, [...base, 'options']);
    (Array.isArray(options) ? options : []).forEach((_, j) => {
      if (getAt(draft, [...base, 'options', j, 'dimension']) === from)
        setAt(draft, [...base, 'options', j, 'dimension'], to);
    });
    const evidence = getAt(draft, [...base, 'evidence']);
    (Array.isArray(evidence) ? evidence : []).forEach((_, j) => {
      const dims = getAt(draft, [...base, 'evidence', j, 'dimensions']);
      if (Array.isArray(dims))
        setAt(
          draft,
          [...base, 'evidence', j, 'dimensions'],
          dims.map((d) => (d === from ? to : d)),
        );
    });
  });
  const customerDims = getAt(draft, ['buyingFirm', 'customers', 'dimensions']);
  if (Array.isArray(customerDims))
    setAt(
      draft,
      ['buyingFirm', 'customers', 'dimensions'],
      customerDims.map((d) => (d === from ? to : d)),
    );
}

/** Adds a dimension: a level 3 at every seller (the check wants one), weighed by nobody yet. */
export function addDimension(draft: Draft): string {
  const dims = getAt(draft, ['dimensions']);
  const taken = new Set((Array.isArray(dims) ? dims : []).map((d) => getAt(d, ['id'])));
  let n = 1;
  while (taken.has(`dimension-${n}`)) n += 1;
  const id = `dimension-${n}`;
  const list = Array.isArray(dims) ? dims : [];
  setAt(draft, ['dimensions', list.length], {
    id,
    label: '',
    category: 'economic-tangible',
    description: '',
  });
  const sellers = getAt(draft, ['sellers']);
  (Array.isArray(sellers) ? sellers : []).forEach((_, i) =>
    setAt(draft, ['sellers', i, 'offering', 'levels', id], 3),
  );
  return id;
}

/** Removes a dimension and what names it (weights are rebalanced to 100 among the rest). */
export function removeDimension(draft: Draft, index: number): void {
  const id = getAt(draft, ['dimensions', index, 'id']);
  setAt(draft, ['dimensions', index], undefined);
  if (typeof id !== 'string') return;
  const rest = ((getAt(draft, ['dimensions']) as Json[] | undefined) ?? [])
    .map((d) => getAt(d, ['id']))
    .filter((d): d is string => typeof d === 'string');
  const members = getAt(draft, ['buyingFirm', 'obc', 'members']);
  (Array.isArray(members) ? members : []).forEach((_, i) => {
    const base = ['buyingFirm', 'obc', 'members', i, 'priorities'];
    const w = getAt(draft, [...base, 'weights']);
    if (isObject(w) && Object.hasOwn(w, id)) {
      const without = { ...w } as Record<string, number>;
      Reflect.deleteProperty(without, id);
      const first = rest.find((d) => Object.hasOwn(without, d)) ?? rest[0];
      setAt(
        draft,
        [...base, 'weights'],
        first ? rebalance(without, rest, first, (getAt(without, [first]) as number | undefined) ?? 0) : {},
      );
    }
    for (const list of ['mustHaves', 'petConcerns']) {
      const items = getAt(draft, [...base, list]);
      if (Array.isArray(items))
        setAt(
          draft,
          [...base, list],
          items.filter((x) => getAt(x, ['dimension']) !== id || list === 'petConcerns'),
        );
    }
  });
  const sellers = getAt(draft, ['sellers']);
  (Array.isArray(sellers) ? sellers : []).forEach((_, i) => {
    setAt(draft, ['sellers', i, 'offering', 'levels', id], undefined);
    const options = getAt(draft, ['sellers', i, 'offering', 'options']);
    if (Array.isArray(options))
      setAt(
        draft,
        ['sellers', i, 'offering', 'options'],
        options.filter((o) => getAt(o, ['dimension']) !== id),
      );
  });
  const customerDims = getAt(draft, ['buyingFirm', 'customers', 'dimensions']);
  if (Array.isArray(customerDims))
    setAt(
      draft,
      ['buyingFirm', 'customers', 'dimensions'],
      customerDims.filter((d) => d !== id),
    );
}
