// The layout's rules, checked on the source: no import cycle in shared/ or server/, and one definition of "may
// this seat act now" (shared/rules/permissions.ts over the steps of steps.ts) that every other place imports.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports at run time (type-only imports are erased and cannot make a cycle). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s+'(\.[^']+)'/gm)) {
    if (m[2]) continue;
    // `import { type A, type B } from` is erased too.
    const names = m[3] ?? '';
    if (
      /^\{[^}]*\}$/.test(names.trim()) &&
      names
        .replace(/[{}\s]/g, '')
        .split(',')
        .every((n) => n === '' || n.startsWith('type'))
    )
      continue;
    out.push(resolve(dirname(file), m[4]!));
  }
  for (const m of source.matchAll(/^\s*import\s+'(\.[^']+)'/gm)) out.push(resolve(dirname(file), m[1]!));
  return out;
}

function cycles(roots: string[], base = ROOT): string[][] {
  const graph = new Map<string, string[]>();
  for (const root of roots) for (const f of files(join(base, root))) graph.set(f, valueImports(f));
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'visiting');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found.map((c) => c.map((f) => relative(base, f)));
}

describe('the layout', () => {
  it('has no import cycle in shared/ or server/', () => {
    expect(cycles(['shared', 'server'])).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
    writeFileSync(
      join(dir, 'x', 'b.ts'),
      "import { a } from './a.ts';\nimport type { c } from './c.ts';\nexport const b = a;\n",
    );
    writeFileSync(join(dir, 'x', 'c.ts'), "import { b } from './b.ts';\nexport type c = typeof b;\n");
    expect(cycles(['x'], dir)).toEqual([['x/a.ts', 'x/b.ts', 'x/a.ts']]);
  });

  it('decides "may this seat act now" in one module only', () => {
    const sources = ['shared', 'server', 'client', 'scripts']
      .flatMap((d) => files(join(ROOT, d)))
      .map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
    // The steps' data is read through permissions.ts (and walked by flow.ts); nobody else reads which intents a
    // step allows or whose readiness it waits for.
    const owners = new Set([
      'shared/rules/permissions.ts',
      'shared/rules/steps.ts',
      'shared/rules/flow.ts',
      'shared/rules/stages.ts',
    ]);
    const offenders = sources
      .filter(({ file }) => !owners.has(file) && !file.startsWith('shared/rules/index.ts'))
      .filter(({ text }) =>
        /STEP_RULES|STAGE_RULES|RFP_STEP_RULES|\.allowed\.includes\(|\breadyBy\b/.test(text),
      )
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
    // The places that ask use the one module.
    for (const file of [
      'shared/rules/player-actions.ts',
      'shared/bots/member-policy.ts',
      'shared/bots/seller-policy.ts',
      'client/ui/context.ts',
      'client/instructor/attention.ts',
    ])
      expect(sources.find((s) => s.file === file)?.text, file).toMatch(
        /from '[./]*\/?(rules\/|shared\/rules\/)?permissions\.ts'/,
      );
    // Seat names are parsed in one place too.
    const parsers = sources
      .filter(({ file }) => file !== 'shared/rules/seats.ts')
      .filter(({ text }) => /startsWith\('seller-'\)|slice\('seller-'\.length\)/.test(text))
      .map(({ file }) => file);
    expect(parsers).toEqual([]);
  });
});
