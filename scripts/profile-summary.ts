// `node scripts/profile-summary.ts FILE.cpuprofile [--top 30] [--match TEXT]`
// What a CPU profile of `npm run bench -- --profile DIR` (or `node --cpu-prof`) spent its time on: each
// function's share of the samples by itself (self) and with what it called (total, counted once per sample
// however deep the recursion), the idle and GC samples apart. `--match` keeps the functions whose name or file
// contains the text; `--under` counts only the samples taken inside a function whose name or file contains it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '30' }, match: { type: 'string' }, under: { type: 'string' } },
});
const file = positionals[0];
if (!file) throw new Error('usage: node scripts/profile-summary.ts FILE.cpuprofile');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: Node) => {
  const f = n.callFrame;
  const where = f.url
    ? `${f.url.replace(/^.*\/(node_modules|wt-[^/]+|main)\//, '')}:${f.lineNumber + 1}`
    : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
const self = new Map<string, number>();
const total = new Map<string, number>();
const inside = (leaf: Node) => {
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1))
    if (label(n).includes(values.under!)) return true;
  return false;
};
for (const id of profile.samples) {
  const leaf = byId.get(id);
  if (!leaf || (values.under && !inside(leaf))) continue;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + 1);
  }
}
const all = [...self.values()].reduce((a, b) => a + b, 0);
const idle = self.get('(idle)') ?? 0;
const busy = all - idle;
const pct = (n: number) => `${((100 * n) / busy).toFixed(1)}%`.padStart(6);
console.log(`${all} samples, ${idle} idle; shares of the ${busy} busy ones`);
const top = Number(values.top);
const keep = (l: string) => l !== '(idle)' && (!values.match || l.includes(values.match));
console.log('\nself:');
for (const [l, n] of [...self]
  .filter(([l]) => keep(l))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  console.log(`${pct(n)}  ${l}`);
console.log('\ntotal:');
for (const [l, n] of [...total]
  .filter(([l]) => keep(l))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  console.log(`${pct(n)}  ${l}`);
