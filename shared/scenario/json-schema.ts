// The published JSON Schema, generated from the zod schema so the two can never disagree.
import { z } from 'zod';
import { Scenario } from './schema.ts';

/** Where a server of the default set-up (`npm start`, port 2567) serves the schema: the committed file's `$id`. */
export const DEFAULT_SCHEMA_URL = 'http://localhost:2567/scenario.schema.json';

/** The schema; `id` is the address it is served from (a server states its own, `schemaUrlOf` in the API). */
export function scenarioJsonSchema(id: string = DEFAULT_SCHEMA_URL): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: id,
    title: 'Buying Center scenario',
    description:
      'One B2B purchase for the Buying Center classroom game. Cross-field rules (sums to 100, known dimension ids, ' +
      "translations) are checked by `npm run scenario:check` and by the console's editor, which report them " +
      "with the schema's problems in one pass. A walk-through: docs/authoring.md.",
  };
}

export function scenarioJsonSchemaText(id?: string): string {
  return `${JSON.stringify(scenarioJsonSchema(id), null, 2)}\n`;
}
