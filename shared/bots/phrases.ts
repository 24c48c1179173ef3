// What bots say, in the session's language: a Finnish or Polish class that fills empty seats with bots reads
// their questions, answers and comments in its own language. Dimension names come from the scenario.
import { localize } from '../scenario/load.ts';
import type { Language, Scenario } from '../scenario/schema.ts';

export const PHRASES = {
  en: {
    answerConcern: 'Good question: that is exactly what keeps me up at night.',
    answerNothing:
      'Thanks for asking. Nothing special there for me; ask me about what my team needs day to day.',
    approve: 'Approved.',
    refuse: 'This offer misses what we must have.',
    deliveredWell: 'Delivered as promised.',
    deliveredBadly: 'Not what we were promised.',
    ask: 'What would make this purchase a success for you, and how much does {topic} matter?',
    askOpen: 'What would make this purchase a success for you?',
    answerWorry: 'You told us what worries you; here is how we answer it.',
  },
  fi: {
    answerConcern: 'Hyvä kysymys: juuri tämä valvottaa minua öisin.',
    answerNothing:
      'Kiitos kysymyksestä. Siinä ei ole minulle mitään erityistä; kysy, mitä tiimini tarvitsee arjessa.',
    approve: 'Hyväksytty.',
    refuse: 'Tästä tarjouksesta puuttuu se, mikä meidän on pakko saada.',
    deliveredWell: 'Toimitettiin niin kuin luvattiin.',
    deliveredBadly: 'Ei sitä, mitä meille luvattiin.',
    ask: 'Mikä tekisi tästä hankinnasta teille onnistuneen, ja kuinka tärkeä on {topic}?',
    askOpen: 'Mikä tekisi tästä hankinnasta teille onnistuneen?',
    answerWorry: 'Kerroitte, mikä teitä huolettaa; näin vastaamme siihen.',
  },
  pl: {
    answerConcern: 'Dobre pytanie: właśnie to spędza mi sen z powiek.',
    answerNothing:
      'Dziękuję za pytanie. Tu nie mam szczególnych wymagań; proszę zapytać, czego mój zespół potrzebuje na co dzień.',
    approve: 'Zatwierdzam.',
    refuse: 'Tej ofercie brakuje tego, co musimy mieć.',
    deliveredWell: 'Dostarczono zgodnie z obietnicą.',
    deliveredBadly: 'Nie to, co nam obiecano.',
    ask: 'Co sprawiłoby, że ten zakup byłby dla Państwa udany? Jakie znaczenie ma dla Państwa {topic}?',
    askOpen: 'Co sprawiłoby, że ten zakup byłby dla Państwa udany?',
    answerWorry: 'Powiedzieli nam Państwo, co Państwa martwi; oto nasza odpowiedź.',
  },
} satisfies Record<Language, Record<string, string>>;

export type Phrase = keyof (typeof PHRASES)['en'];

/** A bot's sentence in the language, with a dimension's name (as the scenario words it) for `{topic}`. */
export function say(phrase: Phrase, lang: Language, scenario?: Scenario, topic?: string): string {
  const text = PHRASES[lang][phrase];
  if (topic === undefined) return text;
  const dim = scenario?.dimensions.find((d) => d.id === topic);
  // A dimension the scenario does not name (it always should) reads as its id rather than a placeholder.
  const label = dim ? localize(dim.label, lang, scenario?.meta.languages[0] ?? 'en') : topic;
  // "Clinical accuracy" reads as "clinical accuracy" mid-sentence; "TCO" stays as it is.
  const name = /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  return text.replace('{topic}', name);
}
