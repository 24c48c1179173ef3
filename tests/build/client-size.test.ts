// The budgets of what a phone downloads, read from the build (dist/client, built first if stale), in the bytes
// the server sends: each file's brotli copy (server/http/static.ts serves it to every browser that takes br).
// - From opening the link to the lobby: the student page's entry, everything it imports statically, and the SDK
//   the join needs (loaded right after the join screen shows): at most 60 KB.
// - The table chunk (Phaser's custom build and the scene): at most 200 KB.
// And the custom Phaser build (client/student/phaser-build.ts) exports everything the table's code uses of
// `Phaser`: the build points `phaser` there, so a missing name would be undefined only in the browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from '../../scripts/lib/client-build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOBBY_BUDGET = 60_000;
const TABLE_BUDGET = 200_000;
/**
 * The console's first screen (host.html and its static imports), without the editor, the charts, the class
 * debrief, the Prepare tab or the printable briefs: 64 KB when the editor came (61.2 KB then), 67.4 KB once the
 * course-platform card, the seat jobs' forms and the market card were merged; 33.9 KB once the class debrief
 * (which drew in the student's debrief and the teaching notes in three languages) and the Prepare tab and print
 * view (which drew in the student's table panel) load when first opened (lazy-panel.ts, 2 December).
 */
const CONSOLE_BUDGET = 40_000;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
let manifest: Record<string, ManifestChunk>;

beforeAll(async () => {
  await ensureClientBuilt();
  manifest = JSON.parse(readFileSync(join(CLIENT_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}, 180_000);

/** The files a chunk needs before it runs: itself and its static imports, recursively. */
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build's manifest has no ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, into);
  return into;
}

/** The bytes sent for a file: its brotli copy, or the file itself when the build kept no smaller copy. */
function sent(file: string): number {
  const path = join(CLIENT_DIST, file);
  return existsSync(`${path}.br`) ? statSync(`${path}.br`).size : statSync(path).size;
}

const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + sent(f), 0);

describe('the client build', () => {
  it('sends at most 60 KB of JavaScript from opening the link to the lobby, the SDK included', () => {
    const page = closure('index.html');
    expect(manifest['index.html']?.dynamicImports).toContain('net/sdk.ts');
    const lobby = closure('net/sdk.ts', new Set(page));
    // The table and Phaser are not among them.
    expect([...lobby].some((f) => f.includes('/game-') || f.includes('/play-'))).toBe(false);
    const bytes = total(lobby);
    process.stdout.write(`[client-size] to the lobby: ${bytes} bytes in ${[...lobby].join(', ')}\n`);
    expect(bytes).toBeLessThanOrEqual(LOBBY_BUDGET);
  });

  it('keeps the table chunk under 200 KB compressed', () => {
    const game = manifest['student/game.ts']!.file;
    const seated = closure('student/game.ts');
    for (const f of closure('index.html')) seated.delete(f);
    process.stdout.write(
      `[client-size] table chunk: ${sent(game)} bytes; with its imports: ${total(seated)}\n`,
    );
    expect(sent(game)).toBeLessThanOrEqual(TABLE_BUDGET);
    expect(total(seated)).toBeLessThanOrEqual(TABLE_BUDGET);
  });

  it('loads the scenario editor and its worker only when the editor opens', () => {
    const host = closure('host.html');
    expect(manifest['host.html']?.dynamicImports).toContain('instructor/editor/editor-screen.ts');
    const editor = manifest['instructor/editor/editor-screen.ts']!.file;
    expect(host.has(editor)).toBe(false);
    expect([...host].some((f) => /teach-worker|editor-(en|fi|pl)/.test(f))).toBe(false);
    const bytes = total(host);
    const extra = new Set([...closure('instructor/editor/editor-screen.ts')].filter((f) => !host.has(f)));
    process.stdout.write(
      `[client-size] console first screen: ${bytes} bytes; the editor adds ${total(extra)} when opened\n`,
    );
    expect(bytes).toBeLessThanOrEqual(CONSOLE_BUDGET);
    // The worker is its own file, next to the editor's chunk.
    expect(readdirSync(join(CLIENT_DIST, 'assets')).some((f) => /^teach-worker-.*\.js$/.test(f))).toBe(true);
  });

  it('writes a brotli and a gzip copy of every text file worth compressing', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(js|css|html)$/.test(name)) files.push(path);
      }
    };
    walk(CLIENT_DIST);
    const big = files.filter((f) => statSync(f).size > 1024);
    expect(big.length).toBeGreaterThan(10);
    for (const f of big) {
      expect(existsSync(`${f}.br`), f).toBe(true);
      expect(existsSync(`${f}.gz`), f).toBe(true);
    }
  });

  it('the custom Phaser build exports every name of Phaser the table uses', () => {
    const entry = readFileSync(join(ROOT, 'client', 'student', 'phaser-build.ts'), 'utf8');
    const exported = new Map<string, string>();
    for (const m of entry.matchAll(/^export const (\w+) = ([^;]+);/gm)) exported.set(m[1]!, m[2]!);
    for (const m of entry.matchAll(/^export \{([^}]+)\}/gm))
      for (const name of m[1]!.split(',')) exported.set(name.trim(), '');
    const dir = join(ROOT, 'client', 'student');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'phaser-build.ts')) {
      const source = readFileSync(join(dir, file), 'utf8');
      if (!/from 'phaser'/.test(source)) continue;
      // Names under Phaser.Types are types only, erased from the build.
      for (const m of source.matchAll(/\bPhaser\.([A-Z]\w*)(?:\.([A-Z]\w*))?/g))
        if (m[1] !== 'Types') used.add(m[2] ? `${m[1]}.${m[2]}` : m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) {
      const [top, member] = name.split('.') as [string, string | undefined];
      expect(exported.has(top), `Phaser.${top}`).toBe(true);
      if (member) expect(exported.get(top), `Phaser.${name}`).toMatch(new RegExp(`\\b${member}\\b`));
    }
  });
});
