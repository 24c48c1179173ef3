// Suomi: the scenario checker's problems (problem-text-en.ts), with the terms of docs/glossary.md. Loaded by the
// editor when its language is Finnish (client/i18n/editor.ts), never on the console's first screen.
import type { ProblemDictionary } from './problem-text.ts';

export const problemFi: ProblemDictionary = {
  required: 'on pakollinen',
  'wrong-type': 'pitää olla {expected} (nyt se on {actual})',
  'one-of': 'pitää olla jokin näistä: {values}',
  'text-shape':
    'pitää olla tekstiä: merkkijono tai teksti kullakin kielellä ({"en": "…", "fi": "…"}) (nyt se on {actual})',
  'unknown-fields': '{count, plural, one {tuntematon kenttä} other {tuntemattomia kenttiä}}: {fields}',
  'min-items': '{min, plural, one {tarvitsee vähintään # kohdan} other {tarvitsee vähintään # kohtaa}}',
  'max-items': '{max, plural, one {saa olla enintään # kohta} other {saa olla enintään # kohtaa}}',
  'min-chars': '{min, plural, one {pitää olla vähintään # merkki} other {pitää olla vähintään # merkkiä}}',
  'max-chars': '{max, plural, one {saa olla enintään # merkki} other {saa olla enintään # merkkiä}}',
  'at-least': 'pitää olla vähintään {min}',
  'more-than': 'pitää olla yli {min}',
  'at-most': 'saa olla enintään {max}',
  'less-than': 'pitää olla alle {max}',
  between: 'pitää olla väliltä {min}–{max}',
  'bad-form': 'on väärän muotoinen',
  'not-empty': 'ei saa olla tyhjä',
  'not-negative': 'ei saa olla negatiivinen',
  slug: 'pitää koostua pienistä kirjaimista, numeroista ja viivoista ja alkaa kirjaimella',
  'built-in-name': 'on nimi, joka jokaisella oliolla on valmiina: valitse toinen tunniste',
  'price-dimension': 'hinta ei ole hyötyulottuvuus: se on aina osa jokaista tarjousta',
  'pet-concern-needed': 'anna jokaiselle jäsenelle vähintään yksi päähuolenaihe löydettäväksi',
  'seller-letter': 'pitää olla yksi iso kirjain (A, B, …)',
  'currency-code': 'pitää olla kolmikirjaiminen valuuttakoodi',
  'invalid-json': 'ei ole kelvollista JSONia: virhe rivillä {line}, sarakkeessa {column}',
  'schema-other': 'ei kelpaa skeemalle ({message})',
  'unknown-dimension': 'viittaa tuntemattomaan hyötyulottuvuuteen ”{id}” (määritellyt: {declared})',
  'repeated-dimension-id': 'toistaa hyötyulottuvuuden tunnisteen ”{id}”',
  'repeated-seller-id': 'toistaa myyjän tunnisteen ”{id}”',
  'repeated-role': 'toistaa roolin ”{role}”: kukin rooli on ostokeskuksessa vain kerran',
  'repeated-concern-id': 'toistaa päähuolenaiheen tunnisteen ”{id}”',
  'repeated-option-id': 'toistaa option tunnisteen ”{id}”',
  'repeated-evidence-id': 'toistaa näytön tunnisteen ”{id}”',
  'influence-sum': 'jäsenten vaikutusvallan summan pitää olla 100 (nyt se on {sum})',
  'one-sign-off': 'hyväksyntä voi olla enintään yhdellä jäsenellä',
  'decider-required': 'on pakollinen, kun päätöksen tekee yksi jäsen',
  'decider-not-member': 'nimeää roolin ”{role}”, joka ei ole ostokeskuksen jäsen',
  'repeated-customer-dimension': 'toistaa hyötyulottuvuuden ”{id}”',
  'customers-marketing-weight':
    'markkinoinnin jäsenen on painotettava hyötyä ”{id}”: se vastaa siitä, mitä ostajan asiakkaat tarvitsevat',
  'customers-unweighed':
    'kukaan jäsen ei painota hyötyä ”{id}”: jonkun on vastattava siitä, mitä ostajan asiakkaat tarvitsevat',
  'plan-empty': 'segmenttisuunnitelma tarvitsee segmentin',
  'plan-too-many': 'segmenttisuunnitelmassa on enintään {max} segmenttiä',
  'plan-tables': 'segmentti {segment} ({scenario}) tarvitsee vähintään yhden pöydän',
  'plan-repeated':
    'segmentti {segment} ({scenario}) pelaa samaa skenaariota kuin segmentti {earlier}: kullakin segmentillä on oltava oma skenaarionsa',
  'plan-sellers':
    'segmentin {segment} ({scenario}) myyjät ovat {sellers} ja segmentin 1 ({base}) {baseSellers}: suunnitelman kaikilla skenaarioilla on oltava samat myyjätunnisteet',
  'plan-rounds':
    'segmentissä {segment} ({scenario}) on {rounds, plural, one {# kierros} other {# kierrosta}} ja segmentissä 1 ({base}) {baseRounds}: suunnitelman kaikilla skenaarioilla on oltava sama kierrosten määrä',
  'plan-languages':
    'segmentin {segment} ({scenario}) kielet ovat {languages} ja segmentin 1 ({base}) {baseLanguages}: suunnitelman kaikilla skenaarioilla on oltava samat kielet',
  'weights-sum': 'painojen summan pitää olla 100 (nyt se on {sum})',
  'new-task-incumbent': 'uudessa ostossa ei ole nykyistä toimittajaa',
  'rebuy-incumbents':
    'ostotilanne {purchaseType} tarvitsee täsmälleen yhden nykyisen toimittajan (nyt {count, plural, one {# nykyinen toimittaja} other {# nykyistä toimittajaa}})',
  'missing-level': 'hyötyulottuvuudelle ”{dimension}” ei ole annettu tasoa',
  'list-price-not-above-cost':
    'pitää olla yksikkökustannusta ({unitCost}) suurempi, muuten myyjä ei voi koskaan saada katetta',
  'plain-text-multilingual':
    'on pelkkä merkkijono, mutta skenaarion kielet ovat {languages}: kirjoita teksti jokaisella',
  'missing-translation': 'siitä puuttuu kieli ”{lang}”, jonka meta.languages määrittelee',
  'undeclared-language': 'on kieli, jota meta.languages ei määrittele',

  'type.string': 'tekstiä',
  'type.number': 'luku',
  'type.int': 'kokonaisluku',
  'type.boolean': 'true tai false',
  'type.object': 'olio ({ … })',
  'type.array': 'luettelo ([ … ])',
  'type.other': 'tyyppiä {name}',
  'actual.text': 'teksti {value}',
  'actual.number': 'luku {value}',
  'actual.list': 'luettelo',
  'actual.null': 'null',
  'actual.true': 'true',
  'actual.false': 'false',
  'actual.object': 'olio',
  'actual.other': '{value}',
};
