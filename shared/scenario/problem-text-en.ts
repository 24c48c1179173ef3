// English: the scenario checker's problems (./check.ts), one template per problem code, and the words the
// templates put together (`type.*`: what a field must be, `actual.*`: what it is). The key type of the problem
// dictionaries: a code without a Finnish or Polish text fails the type check (and tests/unit/problem-text.test.ts).
// `scenario:check` prints these exactly, so a change here changes its output: keep the wording stable.
export const problemEn = {
  // the schema's issues
  required: 'is required',
  'wrong-type': 'must be {expected} (it is {actual})',
  'one-of': 'must be one of: {values}',
  'text-shape': 'must be text: a string, or one text per language ({"en": "…", "fi": "…"}) (it is {actual})',
  'unknown-fields': '{count, plural, one {unknown field} other {unknown fields}}: {fields}',
  'min-items': 'needs at least {min} item(s)',
  'max-items': 'takes at most {max} item(s)',
  'min-chars': 'must have at least {min} character(s)',
  'max-chars': 'must have at most {max} character(s)',
  'at-least': 'must be at least {min}',
  'more-than': 'must be more than {min}',
  'at-most': 'must be at most {max}',
  'less-than': 'must be less than {max}',
  between: 'must be between {min} and {max}',
  'bad-form': 'has the wrong form',
  'not-empty': 'must not be empty',
  'not-negative': 'must not be negative',
  slug: 'must be lower-case letters, digits and dashes, starting with a letter',
  'built-in-name': 'is a name every object has built in: choose another id',
  'price-dimension': 'price is not a benefit dimension: it is always part of every offer',
  'pet-concern-needed': 'give each member at least one pet concern to discover',
  'seller-letter': 'must be one capital letter (A, B, ...)',
  'currency-code': 'must be a three-letter currency code',
  'invalid-json': 'is not valid JSON: it breaks at line {line}, column {column}',
  /** A schema issue no code above names (a zod version's new wording): its own text, in English. */
  'schema-other': '{message}',
  // the rules that span fields
  'unknown-dimension': 'names an unknown dimension "{id}" (declared: {declared})',
  'repeated-dimension-id': 'repeats the dimension id "{id}"',
  'repeated-seller-id': 'repeats the seller id "{id}"',
  'repeated-role': 'repeats the role "{role}": each role sits once',
  'repeated-concern-id': 'repeats the pet concern id "{id}"',
  'repeated-option-id': 'repeats the option id "{id}"',
  'repeated-evidence-id': 'repeats the evidence id "{id}"',
  'influence-sum': "members' influence must sum to 100 (it sums to {sum})",
  'one-sign-off': 'at most one member may have sign-off power',
  'decider-required': 'is required for a single-decider rule',
  'decider-not-member': 'names "{role}", who is not a member',
  'repeated-customer-dimension': 'repeats the dimension "{id}"',
  'customers-marketing-weight':
    'the marketing member must weigh "{id}": it answers for what the buyer\'s customers need',
  'customers-unweighed': 'no member weighs "{id}": someone must answer for what the buyer\'s customers need',
  'plan-empty': 'a segment plan needs a segment',
  'plan-too-many': 'a segment plan has at most {max} segments',
  'plan-tables': 'segment {segment} ({scenario}) needs at least one table',
  'plan-repeated':
    'segment {segment} ({scenario}) plays the same scenario as segment {earlier}: each segment needs its own scenario',
  'plan-sellers':
    "segment {segment} ({scenario}) has the sellers {sellers} and segment 1 ({base}) {baseSellers}: every scenario of a plan needs the same sellers' ids",
  'plan-rounds':
    'segment {segment} ({scenario}) has {rounds, plural, one {# round} other {# rounds}} and segment 1 ({base}) {baseRounds}: every scenario of a plan needs the same number of rounds',
  'plan-languages':
    'segment {segment} ({scenario}) is written in {languages} and segment 1 ({base}) in {baseLanguages}: every scenario of a plan needs the same languages',
  'weights-sum': 'weights must sum to 100 (they sum to {sum})',
  'new-task-incumbent': 'a new-task purchase has no incumbent supplier',
  'rebuy-incumbents': 'a {purchaseType} needs exactly one incumbent supplier (found {count})',
  'missing-level': 'gives no level for the dimension "{dimension}"',
  'list-price-not-above-cost':
    'must be above the unit cost ({unitCost}) or the seller can never earn a margin',
  'plain-text-multilingual': 'is a plain string, but the scenario declares {languages}: give each',
  'missing-translation': 'has no "{lang}" translation, which meta.languages declares',
  'undeclared-language': 'is a language meta.languages does not declare',

  // what a field must be ({expected})
  'type.string': 'text',
  'type.number': 'a number',
  'type.int': 'a whole number',
  'type.boolean': 'true or false',
  'type.object': 'an object ({ … })',
  'type.array': 'a list ([ … ])',
  'type.other': 'a {name}',
  // what it is ({actual})
  'actual.text': 'text {value}',
  'actual.number': 'the number {value}',
  'actual.list': 'a list',
  'actual.null': 'null',
  'actual.true': 'true',
  'actual.false': 'false',
  'actual.object': 'an object',
  'actual.other': '{value}',
};
