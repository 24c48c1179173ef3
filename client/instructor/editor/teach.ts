// Runs "Does it teach?" in a Web Worker (teach-worker.ts): one worker per run, ended when it answers.
import type { TournamentResult } from '../../../shared/sim/tournament.ts';
import type { Advice } from './advice.ts';

export interface TeachRequest {
  draft: unknown;
  runs: number;
  seed: number;
}

export type TeachReply =
  { ok: true; result: TournamentResult; advice: Advice[]; ms: number } | { ok: false; problems: number };

export function runTeach(request: TeachRequest): Promise<TeachReply> {
  const worker = new Worker(new URL('./teach-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<TeachReply>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage(request);
  });
}
