// `npm run scenario:check -- FILE...`: exit 0 with a one-line summary per valid file, exit 1 listing every
// problem (by JSON path) otherwise.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadScenarioText, localize } from '../shared/scenario/load.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run scenario:check -- FILE.json [FILE.json ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  // `scenarios/*.json` matches the published JSON Schema too: it describes scenarios, it is not one.
  if (basename(file) === 'scenario.schema.json') {
    console.log(`${file}: skipped — the JSON Schema for scenarios, not a scenario`);
    continue;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const result = loadScenarioText(text);
  if (result.ok) {
    const s = result.scenario;
    console.log(
      `${file}: ok — ${s.meta.id} "${localize(s.meta.title, 'en')}", ${s.purchaseType}, ` +
        `${s.buyingFirm.obc.members.length} OBC members, ${s.sellers.length} sellers, ` +
        `${s.dimensions.length} dimensions, languages ${s.meta.languages.join('/')}`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
  }
}
process.exit(failed ? 1 : 0);
