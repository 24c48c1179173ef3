// Suomi: the LTI tool's own pages. Typed by the English module: a missing key or parameter fails the type check.
// The LTI and OIDC terms an administrator looks up (id_token, kid, client id, deployment id …) stay as they are.
import type { LtiStrings } from './strings-en.ts';

export const fi: LtiStrings = {
  product: 'Ostokeskus',

  refusalTitle: 'Ostokeskus ei käynnistynyt',
  refusalAdvice:
    'Jos tämä toistuu, kerro kurssialustasi ylläpitäjälle, mitä yllä olevassa laatikossa lukee. Mitään ei luotu eikä muutettu.',

  returningTitle: 'Palataan kurssille',
  returning: 'Palataan kurssille…',
  continue: 'Jatka',

  pickerTitle: 'Lisää Ostokeskus kurssille',
  pickerCourseTitle: 'Nimi kurssilla',
  pickerScenario: 'Skenaario',
  pickerTableShape: 'Pöydän kokoonpano',
  pickerSellers: 'Myyjätiimejä pöytää kohden',
  pickerSellersAll: 'kaikki skenaarion',
  pickerTeamSize: 'Opiskelijoita myyjätiimissä',
  pickerBots: 'Botit täyttävät tyhjät paikat',
  pickerLanguage: 'Kieli',
  pickerTiming: 'Ajoitus',
  pickerAutoAdvance: 'Vaiheet etenevät kellon mukaan',
  pickerStageMinutes: (p) => `${p.stage} (minuuttia, oletus ${p.minutes})`,
  pickerAdd: 'Lisää kurssille',
  pickerChooseScenario: 'Valitse jokin skenaarioista.',
  pickerInvalid: (p) => `Asetukset eivät kelpaa: ${p.detail}`,
  defaultTitle: (p) => `Ostokeskus: ${p.scenario}`,
  stages: {
    'need-recognition': 'Tarpeen tunnistaminen',
    specifications: 'Vaatimusten ja toimittajien määrittely',
    rfp: 'Tarjouspyynnöstä sopimukseen',
    'post-purchase': 'Hankinnan jälkeinen arviointi',
  },

  loginIncomplete: 'Kirjautumisen aloituksesta puuttuu iss tai login_hint.',
  loginSeveralClients: (p) =>
    `Alustalle ${p.issuer} on rekisteröity useita client id -tunnuksia: alustan on lähetettävä client_id kirjautumisen mukana.`,
  loginUnknownPlatform: (p) =>
    `Alustaa ${p.issuer}${p.clientId ? ` (client id ${p.clientId})` : ''} ei ole rekisteröity tähän työkaluun (npm run lti:register).`,
  loginUnknownDeployment: (p) =>
    `Deployment id:tä "${p.deployment}" ei ole rekisteröity alustalle ${p.issuer}.`,

  stateMissing:
    'Käynnistyksen mukana ei tullut tilaa (state), jonka työkalu lähetti kirjautuessa. Käynnistä uudelleen kurssilta.',
  stateInvalid:
    'Käynnistyksen tila (state) ei ole tämän työkalun antama, tai kirjautuminen kesti yli 10 minuuttia. Käynnistä uudelleen kurssilta.',
  stateForeign: 'Käynnistyksen tila (state) ei ole tämän työkalun antama.',
  stateOtherBrowser: 'Käynnistyksen tila (state) kuuluu toiselle selaimelle. Käynnistä uudelleen kurssilta.',
  noIdToken: 'Alusta ei lähettänyt id_tokenia käynnistyksen mukana.',
  malformedToken: 'Alustan id_token ei ole muodoltaan kelvollinen JWT.',
  issuerMismatch: (p) =>
    `id_tokenin myöntäjä (iss) ei ole se alusta, josta kirjautuminen alkoi (${p.issuer}).`,
  unknownPlatform: (p) =>
    `Alustaa ${p.issuer} (client id ${p.clientId}) ei ole rekisteröity tähän työkaluun.`,
  wrongAzp: (p) => `id_tokenin azp ei ole tämän työkalun client id (${p.clientId}).`,
  badClaim: (p) => `id_tokenista puuttuu pakollinen LTI-väite (claim), tai se on väärää muotoa: ${p.path}.`,
  wrongNonce: 'id_tokenin nonce ei ole se, jonka työkalu lähetti kirjautuessa.',
  wrongVersion: (p) => `Käynnistys on LTI-versiota ${p.version}; tämä työkalu tukee versiota ${p.supported}.`,
  wrongMessageType: (p) => `Työkalu ei käsittele LTI-viestityyppiä "${p.type}".`,
  unknownDeployment: (p) =>
    `Deployment id:tä "${p.deployment}" ei ole rekisteröity alustalle ${p.issuer}: rekisteröi se komennolla npm run lti:register -- --deployment ${p.deployment} ...`,
  noResourceLink: 'Käynnistyksessä ei ole resource link -väitettä.',
  noDeepLinkingSettings: 'Deep linking -pyynnössä ei ole deep linking settings -väitettä.',
  replayed: 'Tämä käynnistys on jo käytetty (sen nonce on nähty aiemmin). Käynnistä uudelleen kurssilta.',
  unknownKid: (p) =>
    `id_token on allekirjoitettu avaimella (kid), jota ei ole alustan avainjoukossa osoitteessa ${p.jwksUrl}, ei edes sen uudelleenhaun jälkeen.`,
  badSignature: (p) => `id_tokenin allekirjoitus ei täsmää alustan avainjoukkoon osoitteessa ${p.jwksUrl}.`,
  expired: 'id_token on vanhentunut: tarkista alustan ja työkalun kellot.',
  wrongAudience: (p) => `id_tokenia ei ole osoitettu tämän työkalun client id:lle (${p.clientId}).`,
  wrongIssuer: (p) => `id_tokenin myöntäjä (iss) ei ole ${p.issuer}.`,
  badIssuedAt:
    'id_token on myönnetty liian kauan sitten tai tulevaisuudessa: tarkista alustan ja työkalun kellot.',
  badClaimValue: (p) => `id_tokenin väite ${p.claim} ei kelpaa.`,
  keySetUnreadable: (p) => `Alustan avainjoukkoa osoitteessa ${p.jwksUrl} ei saatu haettua tai luettua.`,
  algorithmRefused: 'id_token on allekirjoitettu algoritmilla, jota tämä työkalu ei hyväksy.',
  unverifiable: (p) => `id_tokenia ei voitu tarkistaa alustan avainjoukkoa vasten osoitteessa ${p.jwksUrl}.`,

  platformError: (p) => `Alusta vastasi kirjautumiseen virheellä "${p.error}": ${p.description}`,
  launchFailed:
    'Työkalu ei saanut käynnistystä valmiiksi. Yritä uudelleen; jos se epäonnistuu taas, kerro työkalun ylläpitäjälle.',
  instructorOnly: 'Vain opettaja voi lisätä tämän aktiviteetin kurssille.',
  noResourceLinkType: 'Alusta ei hyväksy tästä deep linking -pyynnöstä resource link -linkkiä.',
  pickerExpired:
    'Valitsimen pyyntö ei ole tämän työkalun antama, tai se kesti yli tunnin. Lisää aktiviteetti uudelleen kurssilta.',
  pickerPlatformGone: (p) => `Alusta ${p.issuer} tai sen deployment ei ole enää rekisteröity.`,
  settingsNotJson: (p) =>
    `Aktiviteetin mukautettu parametri ${p.param} ei ole JSONia: lisää aktiviteetti uudelleen.`,
  settingsInvalid: (p) => `Aktiviteetin asetukset eivät kelpaa (${p.detail}): lisää aktiviteetti uudelleen.`,
  scenarioMissing: (p) => `Aktiviteetin skenaariota "${p.scenario}" ei ole tällä palvelimella.`,
  notOpenedYet:
    'Opettajasi ei ole vielä avannut tätä aktiviteettia: yritä uudelleen, kun hän on avannut sen.',
  sessionDeleted: 'Tämän aktiviteetin sessio on poistettu palvelimelta.',
  anonymous: 'Käynnistys on nimetön (ei sub-väitettä): työkalun on tiedettävä, kuka opiskelija on.',
  sessionFinished: 'Tämä sessio on päättynyt: kysy opettajaltasi.',
  noName: 'Alusta ei lähettänyt opiskelijan nimeä: salli nimien jakaminen työkalulle.',
  removed: 'Opettajasi poisti sinut tästä sessiosta: pyydä häntä ottamaan sinut takaisin.',
  secretUnreadable:
    'Tämän session isäntäsalaisuus ei aukea palvelimen sinetöintiavaimella (LTI_SEAL_KEY on vaihdettu tai poistettu): kerro työkalun ylläpitäjälle.',
  notRunning: 'Sessio ei ole juuri nyt käynnissä palvelimella: kysy opettajaltasi.',
  joinRefused: (p) => `Sessio ei voinut ottaa sinua mukaan: ${p.reason}`,
  noSuchAddress:
    'Tällä työkalulla ei ole tällaista LTI-osoitetta: tarkista alustaan rekisteröidyt URL-osoitteet.',
  unreadable: 'Työkalulle tullutta pyyntöä ei voitu lukea. Käynnistä uudelleen kurssilta.',
};
