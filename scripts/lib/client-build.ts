// Builds dist/client when it is older than a client source, for browser tests and the client benchmark: one
// caller builds (a lock directory), the others wait for it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENT_DIST = join(ROOT, 'dist', 'client');
const LOCK = join(ROOT, 'dist', '.client-build-lock');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function clientIsFresh(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(
    newestMtime(join(ROOT, 'client')),
    newestMtime(join(ROOT, 'vite.config.ts')),
    newestMtime(join(ROOT, 'shared')),
  );
  return statSync(index).mtimeMs >= sources;
}

/** Builds dist/client unless it is newer than every client source; one caller builds, the others wait. */
export async function ensureClientBuilt(): Promise<void> {
  if (clientIsFresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let i = 0; i < 600; i++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // another caller is building: wait for it
      await sleep(200);
      if (clientIsFresh()) return;
      if (i === 599) rmSync(LOCK, { recursive: true, force: true });
    }
  }
  try {
    if (clientIsFresh()) return;
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
