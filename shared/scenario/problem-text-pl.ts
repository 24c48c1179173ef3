// Polski: the scenario checker's problems (problem-text-en.ts), with the terms of docs/glossary.md. Loaded by the
// editor when its language is Polish (client/i18n/editor.ts), never on the console's first screen.
import type { ProblemDictionary } from './problem-text.ts';

export const problemPl: ProblemDictionary = {
  required: 'jest wymagane',
  'wrong-type': 'musi być {expected} (jest: {actual})',
  'one-of': 'musi być jedną z wartości: {values}',
  'text-shape':
    'musi być tekstem: napisem albo tekstem w każdym języku ({"en": "…", "fi": "…"}) (jest: {actual})',
  'unknown-fields':
    '{count, plural, one {nieznane pole} few {nieznane pola} many {nieznane pola} other {nieznane pola}}: {fields}',
  'min-items':
    '{min, plural, one {wymaga co najmniej # elementu} few {wymaga co najmniej # elementów} many {wymaga co najmniej # elementów} other {wymaga co najmniej # elementu}}',
  'max-items':
    '{max, plural, one {może mieć najwyżej # element} few {może mieć najwyżej # elementy} many {może mieć najwyżej # elementów} other {może mieć najwyżej # elementu}}',
  'min-chars':
    '{min, plural, one {musi mieć co najmniej # znak} few {musi mieć co najmniej # znaki} many {musi mieć co najmniej # znaków} other {musi mieć co najmniej # znaku}}',
  'max-chars':
    '{max, plural, one {może mieć najwyżej # znak} few {może mieć najwyżej # znaki} many {może mieć najwyżej # znaków} other {może mieć najwyżej # znaku}}',
  'at-least': 'musi wynosić co najmniej {min}',
  'more-than': 'musi być większe niż {min}',
  'at-most': 'może wynosić najwyżej {max}',
  'less-than': 'musi być mniejsze niż {max}',
  between: 'musi mieścić się między {min} a {max}',
  'bad-form': 'ma niewłaściwą postać',
  'not-empty': 'nie może być puste',
  'not-negative': 'nie może być ujemne',
  slug: 'musi składać się z małych liter, cyfr i myślników i zaczynać się literą',
  'built-in-name': 'to nazwa wbudowana w każdy obiekt: wybierz inny identyfikator',
  'price-dimension': 'cena nie jest wymiarem korzyści: zawsze jest częścią każdej oferty',
  'pet-concern-needed': 'daj każdemu członkowi co najmniej jedną główną obawę do odkrycia',
  'seller-letter': 'musi być jedną wielką literą (A, B, …)',
  'currency-code': 'musi być trzyliterowym kodem waluty',
  'invalid-json': 'nie jest poprawnym JSON-em: błąd w wierszu {line}, kolumnie {column}',
  'schema-other': 'nie spełnia schematu ({message})',
  'unknown-dimension': 'wskazuje nieznany wymiar korzyści „{id}” (zadeklarowane: {declared})',
  'repeated-dimension-id': 'powtarza identyfikator wymiaru korzyści „{id}”',
  'repeated-seller-id': 'powtarza identyfikator sprzedawcy „{id}”',
  'repeated-role': 'powtarza rolę „{role}”: każda rola zasiada w centrum zakupowym tylko raz',
  'repeated-concern-id': 'powtarza identyfikator głównej obawy „{id}”',
  'repeated-option-id': 'powtarza identyfikator opcji „{id}”',
  'repeated-evidence-id': 'powtarza identyfikator dowodu „{id}”',
  'influence-sum': 'wpływ członków musi sumować się do 100 (suma wynosi {sum})',
  'one-sign-off': 'prawo zatwierdzenia może mieć najwyżej jeden członek',
  'decider-required': 'jest wymagane, gdy decyzję podejmuje jeden członek',
  'decider-not-member': 'wskazuje rolę „{role}”, która nie jest członkiem centrum zakupowego',
  'repeated-customer-dimension': 'powtarza wymiar korzyści „{id}”',
  'customers-marketing-weight':
    'członek ds. marketingu musi ważyć korzyść „{id}”: odpowiada za to, czego potrzebują klienci nabywcy',
  'customers-unweighed':
    'żaden członek nie waży korzyści „{id}”: ktoś musi odpowiadać za to, czego potrzebują klienci nabywcy',
  'plan-empty': 'plan segmentów wymaga segmentu',
  'plan-too-many': 'plan segmentów ma najwyżej {max} segmentów',
  'plan-tables': 'segment {segment} ({scenario}) wymaga co najmniej jednego stołu',
  'plan-repeated':
    'segment {segment} ({scenario}) gra ten sam scenariusz co segment {earlier}: każdy segment potrzebuje własnego scenariusza',
  'plan-sellers':
    'segment {segment} ({scenario}) ma sprzedawców {sellers}, a segment 1 ({base}) {baseSellers}: wszystkie scenariusze planu muszą mieć te same identyfikatory sprzedawców',
  'plan-rounds':
    'segment {segment} ({scenario}) ma {rounds, plural, one {# rundę} few {# rundy} many {# rund} other {# rundy}}, a segment 1 ({base}) {baseRounds}: wszystkie scenariusze planu muszą mieć tę samą liczbę rund',
  'plan-languages':
    'segment {segment} ({scenario}) jest napisany w językach {languages}, a segment 1 ({base}) w {baseLanguages}: wszystkie scenariusze planu muszą mieć te same języki',
  'weights-sum': 'wagi muszą sumować się do 100 (suma wynosi {sum})',
  'new-task-incumbent': 'nowy zakup nie ma obecnego dostawcy',
  'rebuy-incumbents':
    'sytuacja zakupowa {purchaseType} wymaga dokładnie jednego obecnego dostawcy (jest {count, plural, one {# obecny dostawca} few {# obecnych dostawców} many {# obecnych dostawców} other {# obecnego dostawcy}})',
  'missing-level': 'nie podaje poziomu dla wymiaru korzyści „{dimension}”',
  'list-price-not-above-cost':
    'musi być wyższa niż koszt jednostkowy ({unitCost}), inaczej sprzedawca nigdy nie osiągnie marży',
  'plain-text-multilingual':
    'jest zwykłym napisem, a scenariusz deklaruje języki {languages}: podaj tekst w każdym',
  'missing-translation': 'brakuje tłumaczenia „{lang}”, które deklaruje meta.languages',
  'undeclared-language': 'to język, którego meta.languages nie deklaruje',

  'type.string': 'tekstem',
  'type.number': 'liczbą',
  'type.int': 'liczbą całkowitą',
  'type.boolean': 'wartością true albo false',
  'type.object': 'obiektem ({ … })',
  'type.array': 'listą ([ … ])',
  'type.other': 'typu {name}',
  'actual.text': 'tekst {value}',
  'actual.number': 'liczba {value}',
  'actual.list': 'lista',
  'actual.null': 'null',
  'actual.true': 'true',
  'actual.false': 'false',
  'actual.object': 'obiekt',
  'actual.other': '{value}',
};
