// Polski: the LTI tool's own pages. Typed by the English module: a missing key or parameter fails the type check.
// The LTI and OIDC terms an administrator looks up (id_token, kid, client id, deployment id …) stay as they are.
import type { LtiStrings } from './strings-en.ts';

export const pl: LtiStrings = {
  product: 'Centrum zakupowe',

  refusalTitle: 'Nie udało się uruchomić Centrum zakupowego',
  refusalAdvice:
    'Jeśli to się powtórzy, przekaż administratorowi platformy kursu treść powyższej ramki. Niczego nie utworzono ani nie zmieniono.',

  returningTitle: 'Powrót do kursu',
  returning: 'Wracamy do kursu…',
  continue: 'Dalej',

  pickerTitle: 'Dodaj Centrum zakupowe do kursu',
  pickerCourseTitle: 'Tytuł w kursie',
  pickerScenario: 'Scenariusz',
  pickerTableShape: 'Skład stołu',
  pickerSellers: 'Zespoły sprzedawców przy stole',
  pickerSellersAll: 'wszystkie ze scenariusza',
  pickerTeamSize: 'Studenci w zespole sprzedawcy',
  pickerBots: 'Boty zajmują wolne miejsca',
  pickerLanguage: 'Język',
  pickerTiming: 'Czas',
  pickerAutoAdvance: 'Etapy przechodzą według zegara',
  pickerStageMinutes: (p) => `${p.stage} (minuty, domyślnie ${p.minutes})`,
  pickerAdd: 'Dodaj do kursu',
  pickerChooseScenario: 'Wybierz jeden ze scenariuszy.',
  pickerInvalid: (p) => `Ustawienia są nieprawidłowe: ${p.detail}`,
  defaultTitle: (p) => `Centrum zakupowe: ${p.scenario}`,
  stages: {
    'need-recognition': 'Rozpoznanie potrzeby',
    specifications: 'Specyfikacja',
    rfp: 'Od zapytania ofertowego do umowy',
    'post-purchase': 'Ocena po zakupie',
  },

  loginIncomplete: 'W inicjacji logowania brakuje iss lub login_hint.',
  loginSeveralClients: (p) =>
    `Dla ${p.issuer} zarejestrowano kilka identyfikatorów client id: platforma musi wysłać client_id przy logowaniu.`,
  loginUnknownPlatform: (p) =>
    `Platforma ${p.issuer}${p.clientId ? ` (client id ${p.clientId})` : ''} nie jest zarejestrowana w tym narzędziu (npm run lti:register).`,
  loginUnknownDeployment: (p) =>
    `Identyfikator deployment id "${p.deployment}" nie jest zarejestrowany dla ${p.issuer}.`,

  stateMissing:
    'Uruchomienie nie zawiera stanu (state), który narzędzie wysłało przy logowaniu. Uruchom ponownie z kursu.',
  stateInvalid:
    'Stan (state) uruchomienia nie pochodzi z tego narzędzia albo logowanie trwało dłużej niż 10 minut. Uruchom ponownie z kursu.',
  stateForeign: 'Stan (state) uruchomienia nie pochodzi z tego narzędzia.',
  stateOtherBrowser: 'Stan (state) uruchomienia należy do innej przeglądarki. Uruchom ponownie z kursu.',
  noIdToken: 'Platforma nie wysłała id_token wraz z uruchomieniem.',
  malformedToken: 'id_token platformy nie jest poprawnie zbudowanym JWT.',
  issuerMismatch: (p) =>
    `Wystawca (iss) id_token nie jest platformą, od której zaczęło się logowanie (${p.issuer}).`,
  unknownPlatform: (p) =>
    `Platforma ${p.issuer} (client id ${p.clientId}) nie jest zarejestrowana w tym narzędziu.`,
  wrongAzp: (p) => `azp w id_token nie jest identyfikatorem client id tego narzędzia (${p.clientId}).`,
  badClaim: (p) =>
    `W id_token brakuje wymaganego oświadczenia (claim) LTI lub ma ono niewłaściwą postać: ${p.path}.`,
  wrongNonce: 'nonce w id_token nie jest tym, który narzędzie wysłało przy logowaniu.',
  wrongVersion: (p) => `Uruchomienie używa LTI w wersji ${p.version}; to narzędzie obsługuje ${p.supported}.`,
  wrongMessageType: (p) => `Narzędzie nie obsługuje typu komunikatu LTI "${p.type}".`,
  unknownDeployment: (p) =>
    `Identyfikator deployment id "${p.deployment}" nie jest zarejestrowany dla ${p.issuer}: zarejestruj go poleceniem npm run lti:register -- --deployment ${p.deployment} ...`,
  noResourceLink: 'Uruchomienie nie zawiera oświadczenia resource link.',
  noDeepLinkingSettings: 'Żądanie deep linking nie zawiera oświadczenia deep linking settings.',
  replayed: 'To uruchomienie zostało już użyte (jego nonce pojawił się wcześniej). Uruchom ponownie z kursu.',
  unknownKid: (p) =>
    `id_token podpisano kluczem (kid), którego nie ma w zestawie kluczy platformy pod adresem ${p.jwksUrl}, nawet po ponownym pobraniu.`,
  badSignature: (p) => `Podpis id_token nie zgadza się z zestawem kluczy platformy pod adresem ${p.jwksUrl}.`,
  expired: 'id_token wygasł: sprawdź zegary platformy i narzędzia.',
  wrongAudience: (p) =>
    `id_token nie jest skierowany do identyfikatora client id tego narzędzia (${p.clientId}).`,
  wrongIssuer: (p) => `Wystawcą (iss) id_token nie jest ${p.issuer}.`,
  badIssuedAt: 'id_token wystawiono zbyt dawno lub w przyszłości: sprawdź zegary platformy i narzędzia.',
  badClaimValue: (p) => `Oświadczenie ${p.claim} w id_token jest nieprawidłowe.`,
  keySetUnreadable: (p) =>
    `Nie udało się pobrać ani odczytać zestawu kluczy platformy pod adresem ${p.jwksUrl}.`,
  algorithmRefused: 'id_token podpisano algorytmem, którego to narzędzie nie akceptuje.',
  unverifiable: (p) =>
    `Nie udało się zweryfikować id_token względem zestawu kluczy platformy pod adresem ${p.jwksUrl}.`,

  platformError: (p) => `Platforma odpowiedziała na logowanie błędem "${p.error}": ${p.description}`,
  launchFailed:
    'Narzędzie nie mogło dokończyć uruchomienia. Spróbuj ponownie; jeśli znów się nie uda, powiadom administratora narzędzia.',
  instructorOnly: 'Tylko prowadzący może dodać tę aktywność do kursu.',
  noResourceLinkType: 'Platforma nie przyjmuje odnośnika resource link z tego żądania deep linking.',
  pickerExpired:
    'Żądanie formularza wyboru nie pochodzi z tego narzędzia albo trwało dłużej niż godzinę. Dodaj aktywność ponownie z kursu.',
  pickerPlatformGone: (p) => `Platforma ${p.issuer} lub jej deployment nie jest już zarejestrowana.`,
  settingsNotJson: (p) =>
    `Parametr niestandardowy aktywności ${p.param} nie jest w formacie JSON: dodaj aktywność ponownie.`,
  settingsInvalid: (p) => `Ustawienia aktywności są nieprawidłowe (${p.detail}): dodaj aktywność ponownie.`,
  scenarioMissing: (p) => `Scenariusza aktywności "${p.scenario}" nie ma na tym serwerze.`,
  notOpenedYet: 'Prowadzący nie otworzył jeszcze tej aktywności: spróbuj ponownie, gdy to zrobi.',
  sessionDeleted: 'Sesja tej aktywności została usunięta z serwera.',
  anonymous:
    'Uruchomienie jest anonimowe (brak oświadczenia sub): narzędzie musi wiedzieć, kim jest student.',
  sessionFinished: 'Ta sesja się zakończyła: zapytaj prowadzącego.',
  noName: 'Platforma nie wysłała imienia i nazwiska studenta: włącz udostępnianie nazwisk narzędziu.',
  removed: 'Prowadzący usunął cię z tej sesji: poproś go o ponowne przydzielenie miejsca.',
  secretUnreadable:
    'Sekretu prowadzącego tej sesji nie da się otworzyć kluczem serwera (LTI_SEAL_KEY zmieniono lub usunięto): powiadom administratora narzędzia.',
  notRunning: 'Sesja nie działa teraz na serwerze: zapytaj prowadzącego.',
  joinRefused: (p) => `Sesja nie mogła przydzielić ci miejsca: ${p.reason}`,
  noSuchAddress: 'To narzędzie nie ma takiego adresu LTI: sprawdź adresy URL zarejestrowane w platformie.',
  unreadable: 'Nie udało się odczytać żądania wysłanego do narzędzia. Uruchom ponownie z kursu.',
};
