// "Does it teach?" off the page's thread: the strategy tournament (shared/sim/tournament.ts, the same checks as
// `npm run lessons` and `npm run simulate -- --compare`) on the draft, and the advice on which numbers to change.
// A Web Worker, loaded only when the button is pressed: the page stays responsive while some hundred tables play.
import { loadScenario } from '../../../shared/scenario/load.ts';
import { tournament } from '../../../shared/sim/tournament.ts';
import { checkAdvice, structuralAdvice } from './advice.ts';
import type { TeachReply, TeachRequest } from './teach.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<TeachRequest>) => void) | null;
  postMessage(reply: TeachReply): void;
};

scope.onmessage = (e) => {
  const { draft, runs, seed } = e.data;
  const loaded = loadScenario(draft);
  if (!loaded.ok) {
    scope.postMessage({ ok: false, problems: loaded.problems.length });
    return;
  }
  const start = performance.now();
  const result = tournament(loaded.scenario, { runs, seed });
  const advice = [
    ...structuralAdvice(loaded.scenario),
    ...result.lesson.checks.map(checkAdvice).filter((a) => a !== null),
  ];
  scope.postMessage({ ok: true, result, advice, ms: Math.round(performance.now() - start) });
};
