// The selling center's groundwork forms' strings (client/ui/forms/groundwork.ts), apart from the interface
// dictionary so that the join page does not download them: the forms' chunk does. Finnish and Polish must have
// every key of English (the type check fails if one is missing).
import { fill, language } from './index.ts';

export const groundworkEn = {
  'draft.heading': 'Draft the offering',
  'draft.hint':
    'While the sales representative asks, shape the offering from what members answered: the options and claims your proposal form will start from.',
  'draft.current': 'Your draft: {options, plural, one {# option} other {# options}}; claims: {claims}',
  'draft.claim': 'Claim on {dimension}',
  'draft.noClaim': 'No claim',
  'draft.submit': 'Save the draft',
  'draft.price': 'Best and final price in mind ({currency} per unit)',
  'draft.priceHint': 'Where your best and final offer starts if the buying center asks for one.',
  'groundwork.answers': 'The answers this draws on',
  'groundwork.noAnswers':
    'No member has answered your team yet: draft from your brief, and again once they answer.',
  'prepare.heading': 'Prepare the evidence',
  'prepare.hint':
    'Choose the evidence and references that fit what members told your team: the proposal is handed in with them unless you attach others.',
  'prepare.current': 'Prepared: {count, plural, one {# piece of evidence} other {# pieces of evidence}}',
  'prepare.none': 'Your offering has no evidence to prepare.',
  'prepare.submit': 'Prepare the evidence',
};

export type GroundworkKey = keyof typeof groundworkEn;

export const groundworkFi: Record<GroundworkKey, string> = {
  'draft.heading': 'Luonnostele tarjooma',
  'draft.hint':
    'Kun myyntiedustaja kysyy, muotoile tarjoomaa jäsenten vastausten pohjalta: tarjouslomake alkaa näistä optioista ja lupauksista.',
  'draft.current': 'Luonnoksesi: {options, plural, one {# optio} other {# optiota}}; lupaukset: {claims}',
  'draft.claim': 'Lupaus: {dimension}',
  'draft.noClaim': 'Ei lupausta',
  'draft.submit': 'Tallenna luonnos',
  'draft.price': 'Mielessä oleva hinta parhaaseen ja lopulliseen tarjoukseen ({currency} / yksikkö)',
  'draft.priceHint': 'Tästä paras ja lopullinen tarjouksesi alkaa, jos ostokeskus sitä pyytää.',
  'groundwork.answers': 'Vastaukset, joihin tämä perustuu',
  'groundwork.noAnswers':
    'Kukaan jäsen ei ole vielä vastannut tiimillesi: luonnostele ohjeesi pohjalta ja uudelleen, kun he vastaavat.',
  'prepare.heading': 'Valmistele näyttö',
  'prepare.hint':
    'Valitse näyttö ja referenssit, jotka sopivat siihen, mitä jäsenet kertoivat tiimillesi: tarjous jätetään niiden kanssa, ellet liitä muita.',
  'prepare.current': 'Valmisteltuja näyttöjä: {count}',
  'prepare.none': 'Tarjonnassasi ei ole valmisteltavaa näyttöä.',
  'prepare.submit': 'Valmistele näyttö',
};

export const groundworkPl: Record<GroundworkKey, string> = {
  'draft.heading': 'Naszkicuj ofertę',
  'draft.hint':
    'Gdy przedstawiciel handlowy pyta, kształtuj ofertę według odpowiedzi członków: od tych opcji i deklaracji zacznie się formularz propozycji.',
  'draft.current':
    'Twój szkic: {options, plural, one {# opcja} few {# opcje} many {# opcji} other {# opcji}}; deklaracje: {claims}',
  'draft.claim': 'Deklaracja: {dimension}',
  'draft.noClaim': 'Bez deklaracji',
  'draft.submit': 'Zapisz szkic',
  'draft.price': 'Zakładana cena ostateczna ({currency} za sztukę)',
  'draft.priceHint':
    'Od niej zacznie się Twoja najlepsza i ostateczna oferta, jeśli centrum zakupowe o nią poprosi.',
  'groundwork.answers': 'Odpowiedzi, na których to się opiera',
  'groundwork.noAnswers':
    'Żaden członek nie odpowiedział jeszcze Twojemu zespołowi: szkicuj według briefu i ponownie, gdy odpowiedzą.',
  'prepare.heading': 'Przygotuj dowody',
  'prepare.hint':
    'Wybierz dowody i referencje pasujące do tego, co członkowie powiedzieli Twojemu zespołowi: propozycja zostanie złożona z nimi, chyba że dołączysz inne.',
  'prepare.current':
    'Przygotowane: {count, plural, one {# dowód} few {# dowody} many {# dowodów} other {# dowodu}}',
  'prepare.none': 'Twoja oferta nie ma dowodów do przygotowania.',
  'prepare.submit': 'Przygotuj dowody',
};

const STRINGS = { en: groundworkEn, fi: groundworkFi, pl: groundworkPl } as const;

/** A groundwork string in the current language, its placeholders filled. */
export function gk(key: GroundworkKey, params?: Parameters<typeof fill>[1]): string {
  return fill(STRINGS[language()][key], params);
}
