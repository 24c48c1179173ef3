// A file in DATA_DIR for each process that has the store open (`server-<pid>.pid`), so that a restore or the
// repair of a loss can tell a server is running on it, and the check at start can tell that another process of
// a cluster is writing the WAL right now. A process killed with SIGKILL leaves its file behind: a file whose
// process is gone is stale and removed when found.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PID_PREFIX = 'server-';
/** The pid files of this process's open stores, removed when it exits (a SIGKILL leaves them: stale, see below). */
const pidFiles = new Set<string>();
let exitHook = false;

export function holdPidFile(path: string) {
  writeFileSync(path, `${process.pid}\n`);
  pidFiles.add(path);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const file of pidFiles) rmSync(file, { force: true });
    });
  }
}

export function releasePidFile(path: string) {
  pidFiles.delete(path);
  rmSync(path, { force: true });
}

/** The other processes that have the store in `dataDir` open now (stale files of dead ones are removed). */
export function processesUsing(dataDir: string): number[] {
  if (!existsSync(dataDir)) return [];
  const live: number[] = [];
  for (const file of readdirSync(dataDir)) {
    const m = /^server-(\d+)\.pid$/.exec(file);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid) continue;
    try {
      process.kill(pid, 0);
      live.push(pid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM') live.push(pid);
      else rmSync(join(dataDir, file), { force: true });
    }
  }
  return live;
}
