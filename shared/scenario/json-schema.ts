// The published JSON Schema, generated from the zod schema so the two can never disagree.
import { z } from 'zod';
import { Scenario } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://buying-center.example/scenario.schema.json',
    title: 'Buying Center scenario',
    description:
      'One B2B purchase for the Buying Center classroom game. Cross-field rules (sums to 100, known dimension ids, ' +
      'translations) are checked by `npm run scenario:check`.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
