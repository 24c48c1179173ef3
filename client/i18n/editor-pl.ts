// Polski: edytor scenariuszy. Every key of the English editor dictionary (editor-en.ts), with the terms of
// docs/glossary.md.
import type { EditorDictionary } from './editor.ts';

export const editorPl: EditorDictionary = {
  'editor.heading': 'Edytor scenariuszy',
  'editor.intro':
    'Napisz przypadek w formularzach: każde pole mówi, co robi w grze, problemy pokazują się przy swoich polach w trakcie pisania, a „Czy to uczy?” rozgrywa przypadek z botami, zanim zagra w niego Twoja grupa. Szkic zostaje w tej przeglądarce, dopóki go nie zapiszesz.',
  'start.heading': 'Zacznij scenariusz',
  'start.blank': 'Nowy, od zera',
  'start.import': 'Otwórz plik…',
  'start.bundled': 'Zacznij od gotowego scenariusza',
  'start.copy': 'Edytuj kopię',
  'start.template': 'Pobierz jako szablon',
  'start.saved': 'Twoje zapisane scenariusze',
  'start.savedNone':
    'Nic jeszcze nie zapisano: zapisany scenariusz pojawi się tutaj i na ekranie tworzenia sesji.',
  'start.edit': 'Edytuj',
  'start.duplicate': 'Powiel',
  'start.download': 'Pobierz',
  'start.delete': 'Usuń',
  'start.replace': 'Zastąpić edytowany scenariusz? To, co nie jest zapisane, przepadnie.',
  'start.confirmDelete':
    'Usunąć zapisany scenariusz „{title}”? Sesje już nim rozegrane zachowują własną kopię.',

  'toolbar.label': 'Scenariusz',
  'toolbar.save': 'Zapisz na serwerze',
  'toolbar.saveAgain': 'Zapisz zmiany',
  'toolbar.download': 'Pobierz plik',
  'toolbar.play': 'Zagraj teraz z botami',

  'status.openFailed': 'Nie udało się otworzyć tego scenariusza.',
  'status.notJsonAt': '{name} nie jest poprawnym JSON-em: błąd w wierszu {line}, kolumnie {column}.',
  'status.notObject': '{name} nie zawiera obiektu JSON: plik scenariusza to jeden obiekt.',
  'status.imported': 'Otwarto {name}: sprawdź problemy poniżej, a potem zapisz.',
  'status.fixFirst':
    '{count, plural, one {Najpierw popraw # problem: jest wymieniony powyżej.} few {Najpierw popraw # problemy: są wymienione powyżej.} many {Najpierw popraw # problemów: są wymienione powyżej.} other {Najpierw popraw # problemu: są wymienione powyżej.}}',
  'status.serverProblems':
    '{count, plural, one {Serwer znalazł # problem.} few {Serwer znalazł # problemy.} many {Serwer znalazł # problemów.} other {Serwer znalazł # problemu.}}',
  'status.saved': 'Zapisano: „{title}”. Jest na liście na ekranie tworzenia sesji.',
  'status.downloaded': 'Pobrano. `npm run scenario:check` przyjmuje ten plik.',
  'status.downloadedInvalid':
    '{count, plural, one {Pobrano z # problemem.} few {Pobrano z # problemami.} many {Pobrano z # problemami.} other {Pobrano z # problemu.}}',

  'check.valid': 'Brak problemów: scenariusz jest gotowy do zapisania i gry.',
  'check.problems':
    '{count, plural, one {# problem — każdy jest pokazany przy swoim polu} few {# problemy — każdy jest pokazany przy swoim polu} many {# problemów — każdy jest pokazany przy swoim polu} other {# problemu — każdy jest pokazany przy swoim polu}}',

  'action.add': 'Dodaj: {what}',
  'action.remove': 'Usuń: {what}',
  'field.id': 'Identyfikator',
  'field.label': 'Wyświetlana nazwa',
  'field.description': 'Opis',
  'field.dimension': 'Wymiar korzyści',

  'case.heading': 'Przypadek',
  'case.intro':
    'Co grupa widzi najpierw: tytuł, branżę i streszczenie, oraz cele dydaktyczne, które pokazujesz na ekranie tworzenia sesji i na projektorze.',
  'case.id': 'Identyfikator scenariusza',
  'case.idHelp': 'Małe litery, cyfry i myślniki. Nadaje nazwę plikowi; gracze go nie widzą.',
  'case.title': 'Tytuł',
  'case.titleHelp': 'Widoczny na każdym telefonie i na projektorze.',
  'case.industry': 'Branża',
  'case.summary': 'Streszczenie',
  'case.summaryHelp': 'Jedno lub dwa zdania: co się kupuje i dlaczego teraz.',
  'case.languages': 'Języki',
  'case.languagesHelp':
    'Każdy tekst potrzebuje słów w każdym zaznaczonym języku; tabela tłumaczeń poniżej wymienia, czego brakuje. Grupa gra w jednym z nich.',
  'case.objectives': 'Cele dydaktyczne',
  'case.objectivesHelp':
    'Co studenci powinni wynieść; widoczne dla Ciebie i na projektorze, nigdy na telefonach.',
  'case.objective': 'Cel {n}',
  'case.objectiveOne': 'cel',
  'case.minutes': 'Sugerowany czas (minuty)',
  'case.minutesHelp':
    'Widoczny na ekranie tworzenia sesji; rzeczywisty czas wyznaczają liczniki etapów poniżej.',
  'case.purchaseType': 'Sytuacja zakupowa',
  'case.purchaseTypeHelp':
    'Prosty zakup powtórny sprzyja obecnemu dostawcy i pozwala na niewiele weryfikacji; w nowym zakupie nie ma obecnego dostawcy, a członkowie weryfikują obietnice i pytają więcej. Zakup powtórny wymaga dokładnie jednego obecnego dostawcy; nowy zakup żadnego.',

  'economics.heading': 'Ekonomia',
  'economics.intro':
    'Strona pieniężna: każda cena jest za jednostkę, a umowa to cena jednostkowa razy ilość.',
  'economics.currency': 'Waluta',
  'economics.currencyHelp': 'Trzy wielkie litery (EUR, USD, PLN).',
  'economics.quantity': 'Ilość',
  'economics.quantityHelp':
    'Jednostki w umowie: marże, odszkodowania i koszty dowodów porównuje się w tej skali. Sprzedawca zarabia (cena − koszt jednostkowy) × ilość, minus dowody, które kupi.',
  'economics.unit': 'Jednostka',
  'economics.unitHelp': 'Czym jest jedna jednostka („monitor”, „tona”): widoczna przy każdej cenie.',
  'economics.valuePerPoint': 'Wartość jednego punktu poziomu (za jednostkę)',
  'economics.valuePerPointHelp':
    'Ile jeden punkt ważonego poziomu korzyści jest wart dla kupującego, za jednostkę, w pieniądzu. To kurs wymiany między korzyściami a ceną: przy 4000 punkt poziomu więcej w tym, co ważą członkowie, jest wart 4000 więcej za jednostkę. Za mało, a cena rozstrzyga wszystko (wygrywa cena po koszcie); za dużo, a cena prawie się nie liczy. Zacznij od jednej trzeciej do połowy ceny katalogowej.',

  'firm.heading': 'Firma kupująca',
  'firm.intro': 'Kto kupuje: jego historia i liczby, które każde miejsce widzi w instrukcji.',
  'firm.name': 'Nazwa firmy',
  'firm.narrative': 'Opowieść',
  'firm.narrativeHelp':
    'Sytuacja w jednym akapicie: co poszło źle albo co się zmienia, kogo to obchodzi. Sprzedawcy czytają ją, by zgadnąć, co się liczy.',
  'firm.firmographics': 'Dane firmy',
  'firm.firmographicsHelp':
    'Liczby, które sprzedawca by sprawdził: nadają instrukcjom koloryt, model ich nie czyta.',
  'firm.employees': 'Pracownicy',
  'firm.revenue': 'Przychody (mln)',
  'customers.heading': 'Klienci nabywcy (opcjonalne)',
  'customers.help':
    'Popyt pochodny: komu sprzedaje firma nabywcy i czego klienci od niej potrzebują. Każde miejsce widzi to jako wiedzę o rynku nabywcy; członek ds. marketingu musi ważyć każdą zaznaczoną korzyść.',
  'customers.who': 'Kim są',
  'customers.needs': 'Czego potrzebują od nabywcy',
  'customers.dimensions': 'Korzyści, którym odpowiadają te potrzeby (1–3):',
  'customers.one': 'klientów nabywcy',
  'segment.heading': 'Nabywca jako segment (opcjonalne)',
  'segment.help':
    'Dla sesji, w których stoły grają z różnymi nabywcami: to, czego nie mówią już pola powyżej. Branża, wielkość, własność, sytuacja zakupowa oraz wielkość, sformalizowanie, centralizacja i reguła decyzji centrum zakupowego pochodzą z nich.',
  'segment.label': 'Nazwa segmentu',
  'segment.behavioral': 'Jak kupuje (behawioralne)',
  'segment.needs': 'Czego potrzebuje najbardziej (na podstawie potrzeb)',
  'segment.firmographic': 'Więcej danych firmograficznych',
  'segment.decisionProcess': 'Więcej o tym, jak decyduje (proces decyzyjny)',
  'segment.one': 'segment',
  'firm.optional': 'Opcjonalne.',
  'firm.location': 'Lokalizacja',
  'firm.ownership': 'Własność',
  'ownership.private': 'Prywatna',
  'ownership.public': 'Spółka giełdowa',
  'ownership.government': 'Sektor publiczny',
  'ownership.non-profit': 'Organizacja non-profit',
  'ownership.cooperative': 'Spółdzielnia',

  'obc.heading': 'Jak decyduje centrum zakupowe',
  'obc.intro':
    'Organizacja zakupu: jak formalna, jak scentralizowana i według jakiej reguły członkowie wybierają.',
  'obc.formality': 'Formalność',
  'obc.formalityHelp':
    'Część decyzji, która wynika z oceny formalnej (zaopatrzenie czyta każdą ofertę według opublikowanych kryteriów), a nie z głosów członków: 0,1 (niska), 0,25 (średnia), 0,4 (wysoka). Wysoka formalność nagradza ofertę, która punktuje w specyfikacji.',
  'obc.centralization': 'Centralizacja',
  'obc.centralizationHelp':
    'Ile waży głos zarządu: ×0,5 (niska), ×1 (średnia), ×2 (wysoka). Przy wysokiej centralizacji zarząd decyduje w prostym zakupie powtórnym także obok zaopatrzenia.',
  'obc.rule': 'Reguła decyzji',
  'obc.ruleHelp': 'Jak liczy się głosy.',
  'rule.influence-weighted-vote': 'Głosy ważone wpływem',
  'rule.majority-vote': 'Głosowanie większościowe (jeden członek, jeden głos)',
  'rule.single-decider': 'Decyduje jeden członek',
  'obc.decider': 'Kto decyduje',
  'obc.deciderHelp': 'Tylko gdy decyduje jeden członek: jego głos jest decyzją.',
  'obc.noDecider': '(nikt: decydują głosy)',
  'obc.ruleDescription': 'Reguła słowami',
  'obc.ruleDescriptionHelp': 'Widoczna dla każdego miejsca, by sprzedawcy wiedzieli, kogo przekonać.',
  'level.low': 'Niska',
  'level.medium': 'Średnia',
  'level.high': 'Wysoka',

  'dimensions.heading': 'Wymiary korzyści',
  'dimensions.intro':
    'W czym oferta może być lepsza lub gorsza, na poziomach od 1 do 5. Cena nie jest jednym z nich: jest częścią każdej oferty, a każdy członek liczy ją według swojej wrażliwości cenowej. Jeśli szkic ważył cenę, oddaj jej punkty pozostałym wymiarom i zamiast tego podnieś wrażliwość cenową członków.',
  'dimensions.list': 'Wymiary (od 2 do 12)',
  'dimensions.one': 'Wymiar {n}',
  'dimensions.oneWord': 'wymiar',
  'dimensions.idHelp':
    'Małe litery, cyfry i myślniki; zmiana nazwy tutaj zmienia ją wszędzie, gdzie wymiar jest użyty.',
  'dimensions.category': 'Kategoria',
  'dimensions.categoryHelp':
    'Korzyści materialne można zweryfikować przed umową (członek może sprawdzić obietnicę); niematerialne dopiero po dostawie, więc dla nich dowody liczą się bardziej. Korzyści ekonomiczne oszczędzają lub przynoszą pieniądze; pozaekonomiczne nie.',
  'dimensions.descriptionHelp': 'Co oznacza poziom w tym wymiarze: czytają to sprzedawcy i członkowie.',
  'category.economic-tangible': 'Ekonomiczna, materialna',
  'category.non-economic-tangible': 'Pozaekonomiczna, materialna',
  'category.economic-intangible': 'Ekonomiczna, niematerialna',
  'category.non-economic-intangible': 'Pozaekonomiczna, niematerialna',

  'members.heading': 'Centrum zakupowe',
  'members.intro':
    'Od jednego do pięciu członków, każdy to miejsce, w którym gra student (lub bot). Ich priorytety są ukryte: sprzedawcy muszą je odkryć, pytając.',
  'members.list': 'Członkowie',
  'members.listHelp': 'Wpływ sumuje się do 100 wśród członków; zatwierdzenie ma co najwyżej jeden.',
  'members.one': 'Członek {n}',
  'members.oneWord': 'członka',
  'members.role': 'Rola',
  'members.roleHelp':
    'Każda rola zasiada raz. Zaopatrzenie czyta oferty w ocenie formalnej i dba o warunki płatności; inżynieria o gwarancję; produkcja o czas dostawy.',
  'members.title': 'Stanowisko',
  'members.influence': 'Wpływ (punkty ze 100)',
  'members.influenceHelp':
    'Udział tego członka w decyzji: jego głos waży tyle, a obiektywna wartość oferty waży jego korzyść właśnie tym.',
  'members.hierarchy': 'Poziom w hierarchii',
  'members.hierarchyHelp':
    '1 to szczyt. W tej kolejności rozdziela się miejsca, a boty-sprzedawcy zwracają się do członków; głosowanie tego nie czyta (czyta wpływ i centralizację).',
  'members.signOff': 'Ma prawo zatwierdzenia',
  'members.signOffHelp':
    'Zatwierdza wybraną ofertę po głosowaniu: odmowa wyklucza tego sprzedawcę, a członkowie głosują ponownie. Bot odmawia oferty, która nie spełnia jego wymagań bezwzględnych.',
  'members.veto': 'Ma weto',
  'members.vetoHelp': 'Jak przy zatwierdzeniu: odmowa wyklucza wybranego sprzedawcę.',
  'members.brief': 'Instrukcja',
  'members.briefHelp': 'Co to miejsce czyta jako swoją rolę: jawna strona członka, jego własnym głosem.',
  'members.hidden': 'Ukryte priorytety (widzi je tylko to miejsce i omówienie)',
  'members.priceSensitivity': 'Wrażliwość cenowa (0–2)',
  'members.priceSensitivityHelp':
    'Ile jedna jednostka ceny kosztuje tego członka w wartości: 0 ignoruje cenę, 1 liczy ją w pełni, 2 podwójnie. Zaopatrzenie jest zwykle blisko 1, inżynieria nisko.',
  'members.riskAversion': 'Awersja do ryzyka (0–1)',
  'members.riskAversionHelp':
    'Jak mocno członek pomniejsza obietnicę, której nie popierają dowody: 0 wierzy sprzedawcom na słowo, 1 tylko temu, co pokazane. Wysokie wartości sprawiają, że dowody i weryfikacja się opłacają.',
  'weights.heading': 'Wagi',
  'weights.help':
    'Ile każdy wymiar znaczy dla tego członka, w punktach sumujących się do 100: przesunięcie jednego suwaka dzieli resztę między pozostałe. Sprzedawca, który eksponuje to, co najbardziej wpływowi członkowie ważą najwyżej (rezonujący fokus), powinien zarobić najwięcej.',
  'weights.sum': 'Suma: {sum} ze 100',
  'mustHaves.heading': 'Wymagania bezwzględne',
  'mustHaves.help':
    'Minimalny poziom w wymiarze: oferta, która obiecuje mniej, nie dostaje od tego członka nic poza swoją ceną. Upewnij się, że któryś sprzedawca może go spełnić (z opcjami), inaczej nikt nie wygra tego głosu.',
  'mustHaves.one': 'wymaganie bezwzględne',
  'mustHaves.minLevel': 'Minimalny poziom (1–5)',
  'mustHaves.minLevelHelp': 'Poziom, który oferta musi obiecać w tym wymiarze.',
  'concerns.heading': 'Główne obawy',
  'concerns.help':
    'Czym martwi się ten członek; sprzedawcy odkrywają to, pytając: pytanie z jednym ze słów kluczowych sprawia, że członek-bot to ujawnia.',
  'concerns.one': 'obawę',
  'concerns.dimensionHelp': 'Wymiar, którego dotyczy obawa.',
  'concerns.text': 'Obawa jego słowami',
  'concerns.textHelp': 'Ujawniana sprzedawcy, który o nią zapyta, i w omówieniu.',
  'concerns.keywords': 'Słowa kluczowe',
  'concerns.keywordsHelp':
    'Słowa oddzielone przecinkami, które w pytaniu sprzedawcy dotykają tej obawy (każde co najmniej dwie litery).',

  'sellers.heading': 'Sprzedawcy i ich oferty',
  'sellers.intro':
    'Od jednego do czterech zespołów sprzedawców. Każda oferta ma poziom w każdym wymiarze, koszt i cenę katalogową; opcje i dowody to to, co zespół może dodać do swojej oferty.',
  'sellers.list': 'Sprzedawcy',
  'sellers.listHelp':
    'Zakup powtórny wymaga jednego obecnego dostawcy; nowy zakup żadnego. Daj słabszemu sprzedawcy historię: wymiar ważony przez któregoś wpływowego członka, w którym prowadzi.',
  'sellers.one': 'Sprzedawca {id}',
  'sellers.oneWord': 'sprzedawcę',
  'sellers.idHelp': 'Jedna wielka litera: A, B, C lub D.',
  'sellers.name': 'Nazwa firmy',
  'sellers.descriptionHelp': 'Co zespół sprzedawcy czyta o sobie, a kupujący o nim.',
  'sellers.incumbent': 'Obecny dostawca',
  'sellers.incumbentHelp':
    'Dotychczasowy dostawca: członkowie unikający ryzyka czują się z nim komfortowo, a jego historia z wcześniejszych rund liczy się dla jego obietnic.',
  'sellers.trust': 'Zaufanie (0–1)',
  'sellers.trustHelp':
    'Na ile kupujący już wierzy temu dostawcy: obietnice zaufanego sprzedawcy potrzebują mniej dowodów.',
  'sellers.levels': 'Poziomy (1–5)',
  'sellers.levelsHelp':
    'Prawdziwy poziom standardowej oferty w każdym wymiarze; konkurenci je widzą (karta katalogowa), dostawa się ich trzyma (plus opcje).',
  'sellers.unitCost': 'Koszt jednostkowy',
  'sellers.unitCostHelp': 'Ile jedna jednostka kosztuje sprzedawcę: marża to cena minus ten koszt.',
  'sellers.listPrice': 'Cena katalogowa',
  'sellers.listPriceHelp':
    'Cena za jednostkę, od której zaczyna się oferta; powyżej kosztu jednostkowego. Utrzymuj oferty sprzedawców, w cenie katalogowej, w granicach około pół punktu poziomu wartości od siebie, inaczej słabszy rzadko wygrywa.',
  'options.heading': 'Opcje',
  'options.help':
    'Dodatki, które sprzedawca może dołączyć: każdy podnosi jeden wymiar o 1 lub 2 poziomy za koszt na jednostkę.',
  'options.one': 'opcję',
  'options.lift': 'Wzrost (poziomy)',
  'options.liftHelp': '1 lub 2 poziomy więcej w wymiarze, najwyżej 5.',
  'options.unitCost': 'Dodatkowy koszt na jednostkę',
  'options.unitCostHelp': 'Doliczany do kosztu jednostkowego, gdy opcja jest w ofercie.',
  'evidence.heading': 'Dowody',
  'evidence.help':
    'Dowody, które sprzedawca może kupić na poparcie obietnic: zamykają część przepaści między wątpliwością a wiarą w wymiarach, które popierają.',
  'evidence.one': 'dowód',
  'evidence.kind': 'Rodzaj',
  'evidence.kind.case-study': 'Studium przypadku',
  'evidence.kind.third-party-report': 'Niezależny raport',
  'evidence.kind.pilot': 'Pilotaż',
  'evidence.kind.performance-guarantee': 'Gwarancja wyników',
  'evidence.cost': 'Koszt (jednorazowy, za umowę)',
  'evidence.costHelp':
    'Płacony przez sprzedawcę bez względu na wygraną: kupowanie wszystkich dowodów nie powinno się opłacać (wszystkie dowody zarabiają mniej).',
  'evidence.credibility': 'Wiarygodność (0–1)',
  'evidence.credibilityHelp':
    'Ile wątpliwości usuwa: 1 sprawia, że poparta obietnica jest w pełni wiarygodna.',
  'evidence.dimensions': 'Wymiary, które popiera',

  'stages.heading': 'Etapy i rundy',
  'stages.intro':
    'Długość każdego etapu zakupu (prowadzący może je zmienić dla sesji) i ile zakupów następuje po sobie.',
  'stages.minutes': '{stage} (minuty)',
  'stages.questions': 'Pytania na sprzedawcę',
  'stages.questionsHelp':
    'Ile pytań każdy zespół sprzedawcy może zadać w rozpoznaniu potrzeby: mniej pytań czyni badanie potrzeb wyborem.',
  'stages.bafo': 'Najlepsze i ostateczne oferty dozwolone',
  'stages.bafoHelp':
    'Członek może raz na rundę poprosić sprzedawców o obniżenie ceny; członkowie głosują wtedy ponownie.',
  'rounds.count': 'Rundy (1–3)',
  'rounds.countHelp':
    'Każda runda to jeden zakup; w następnej obietnice złamane przy dostawie kosztują zaufanie i pozycję obecnego dostawcy.',
  'rounds.next': 'Sytuacja zakupowa kolejnych rund',
  'rounds.nextHelp':
    'Zostaw ją ocenie (obietnice dotrzymane: prosty zakup powtórny; niedobór: zmodyfikowany zakup powtórny; naruszenie lub brak umowy: nowy zakup) albo ustal ją.',
  'rounds.nextDecided': '(decyduje ocena po zakupie)',
  'rounds.carryTrust': 'Zaufanie przechodzi dalej',
  'rounds.carryTrustHelp': 'Zaufanie zdobyte lub utracone w rundzie zostaje na następną.',

  'translations.heading': 'Tłumaczenia',
  'translations.intro':
    'Każdy tekst scenariusza, jedna kolumna na każdy zadeklarowany język. Brakujące są wymienione najpierw; każdy link prowadzi do swojego pola.',
  'translations.one': 'Zadeklaruj drugi język w części „Przypadek”, by tłumaczyć obok siebie.',
  'translations.missing':
    '{count, plural, =0 {Nie brakuje żadnego tłumaczenia.} one {Brakuje # tłumaczenia:} few {Brakuje # tłumaczeń:} many {Brakuje # tłumaczeń:} other {Brakuje # tłumaczenia:}}',
  'translations.caption': 'Teksty według języka',
  'translations.field': 'Tekst',

  'teach.heading': 'Czy to uczy?',
  'teach.intro':
    'Rozgrywa przypadek z botami: każdą parę strategii sprzedawców w każdej rundzie (turniej z `npm run lessons`), potem sprawdza lekcje — rezonujący fokus powinien zarobić najwięcej, przesadne obietnice i obniżanie ceny nie powinny się opłacać — i mówi, które liczby zmienić, gdy sprawdzenie nie wychodzi. Działa w tle; przypadek zajmuje kilka sekund.',
  'teach.run': 'Czy to uczy?',
  'teach.running': 'Stoły grają…',
  'teach.failed': 'Turniej zatrzymał się z błędem.',
  'teach.invalid':
    '{count, plural, one {Najpierw popraw # problem: przypadek musi przejść sprawdzenie, by można w niego grać.} few {Najpierw popraw # problemy: przypadek musi przejść sprawdzenie, by można w niego grać.} many {Najpierw popraw # problemów: przypadek musi przejść sprawdzenie, by można w niego grać.} other {Najpierw popraw # problemu: przypadek musi przejść sprawdzenie, by można w niego grać.}}',
  'teach.holds': 'Każde sprawdzenie lekcji wychodzi w tym przypadku.',
  'teach.fails':
    '{failed} z {count} sprawdzeń lekcji nie wychodzi w tym przypadku: poniżej, które liczby zmienić.',
  'teach.figures':
    '{runs, plural, one {# przebieg} few {# przebiegi} many {# przebiegów} other {# przebiegu}}, {rounds, plural, one {# runda} few {# rundy} many {# rund} other {# rundy}} na stół, w {seconds} s.',
  'teach.checks': 'Sprawdzenia lekcji',
  'teach.ok': 'wychodzi:',
  'teach.fail': 'nie wychodzi:',
  'teach.strategies': 'Odsetek wygranych i marże według strategii',
  'teach.strategiesCaption': 'Jak każda strategia sprzedawcy wypadła wobec każdej innej',
  'teach.strategy': 'Strategia',
  'teach.bids': 'Oferty',
  'teach.winRate': 'Odsetek wygranych',
  'teach.meanMargin': 'Średnia marża ({currency})',
  'teach.totalMargin': 'Łączna marża ({currency})',
  'teach.advice': 'Które liczby zmienić',
  'teach.noAdvice': 'Nic do zmiany.',
  'teach.goTo': 'Przejdź do pola',

  'strategy.all-benefits': 'Wszystkie korzyści',
  'strategy.favorable-points-of-difference': 'Korzystne wyróżniki',
  'strategy.resonating-focus': 'Rezonujący fokus',
  'strategy.overclaim': 'Obietnice ponad możliwości',
  'strategy.claim-must-haves': 'Obiecywanie każdego wymagania bezwzględnego',
  'strategy.price-at-cost': 'Cena równa kosztom',
  'strategy.max-evidence': 'Kupowanie wszystkich dowodów',
  'strategy.no-discovery': 'Pomijanie badania potrzeb',

  'lesson.focus-order':
    'Rezonujący fokus daje większą marżę niż korzystne wyróżniki, a korzystne wyróżniki większą niż wszystkie korzyści (łączna marża)',
  'lesson.focus-order.detail': 'rezonujący fokus {rf}, korzystne wyróżniki {fpd}, wszystkie korzyści {ab}',
  'lesson.overclaim':
    'Obietnice ponad możliwości dają mniejszą marżę niż uczciwy rezonujący fokus, a centrum zakupowe decyduje gorzej przy stołach, gdzie się pojawiają',
  'lesson.claim-must-haves':
    'Obiecywanie każdego wymagania bezwzględnego daje mniejszą marżę niż uczciwy rezonujący fokus, a centrum zakupowe decyduje gorzej przy stołach, gdzie się pojawia',
  'lesson.cheat.detail':
    '{margin} wobec {rf}; jakość decyzji {quality} przy tych stołach wobec {honest} przy tych samych stołach z uczciwym sprzedawcą ({elsewhere} przy wszystkich stołach bez tej strategii)',
  'lesson.price-at-cost':
    'Cena równa kosztom wygrywa co najmniej tak często jak rezonujący fokus, ale daje mniejszą marżę',
  'lesson.price-at-cost.detail': 'odsetek wygranych {winRate} wobec {rfWinRate}; marża {margin} wobec {rf}',
  'lesson.max-evidence': 'Kupowanie wszystkich dowodów daje mniejszą marżę niż rezonujący fokus',
  'lesson.no-discovery':
    'Pomijanie badania potrzeb daje mniejszą marżę niż rezonujący fokus z badaniem potrzeb',
  'lesson.margins.detail': '{margin} wobec {rf}',
  'lesson.classified': 'Rozpoznawana jako ona sama w co najmniej 90 % ofert: {strategy}',
  'lesson.classified.detail': '{share} ({count} z {bids})',
  'lesson.purchase-type': 'Zmiana sytuacji zakupowej ({from} → {to}) zmienia wyniki',
  'lesson.purchase-type.detail':
    'największa zmiana odsetka wygranych: {strategy}, {points, plural, one {# punkt procentowy} few {# punkty procentowe} many {# punktów procentowych} other {# punktu procentowego}}',

  'advice.unweighed':
    'Żaden członek nie waży wymiaru „{dimension}”: nie może on zmienić żadnego głosu. Daj mu wagę u któregoś członka (jego suwaki) albo go usuń.',
  'advice.mustHaveUnmet':
    'Żaden sprzedawca nie osiąga poziomu {level} w wymiarze „{dimension}”, nawet z opcjami (najlepszy {best}): każda oferta nie spełnia wymagania bezwzględnego członka {role}. Obniż minimalny poziom albo podnieś poziom któregoś sprzedawcy.',
  'advice.cannotWin':
    'Sprzedawca {seller} nie może wygrać bez straty: nawet po koszcie i ze wszystkimi opcjami jego oferta jest warta o {gap} mniej za jednostkę niż oferta konkurenta w cenie katalogowej. Podnieś jego poziomy w tym, co ważą wpływowi członkowie, albo obniż jego koszt jednostkowy.',
  'advice.imbalanced':
    'W cenie katalogowej oferta sprzedawcy {strong} jest warta o {gap} więcej za jednostkę niż oferta sprzedawcy {weak} (ponad pół punktu poziomu, {half}): słabszy rzadko wygrywa. Obniż cenę katalogową {weak} albo podnieś jego poziomy tam, gdzie zależy na tym wpływowemu członkowi.',
  'advice.noBafo':
    'Najlepsze i ostateczne oferty są niedozwolone: przekaz może wtedy zmienić tylko to, kto wygrywa, nigdy cenę, więc tam, gdzie jeden sprzedawca wygrywa przy każdym stole, wszystkie strategie zarabiają tyle samo i lekcja nie może się pokazać. Zezwól na nie.',
  'advice.check.focus':
    'Rezonujący fokus nie wychodzi na pierwsze miejsce: wagi członków są zbyt wyrównane albo wszyscy chcą tego samego. Daj każdemu wpływowemu członkowi jeden lub dwa wymiary z 40 punktami lub więcej, różne u różnych członków, i pozwól sprzedawcom prowadzić w różnych wymiarach.',
  'advice.check.overclaim':
    'Przesadne obietnice się opłacają albo nie wprowadzają w błąd: podnieś awersję do ryzyka członków, obniż zaufanie do sprzedawców albo graj dwie rundy, by złamane obietnice kosztowały pozycję obecnego dostawcy.',
  'advice.check.claimMustHaves':
    'Obiecywanie wymagań bezwzględnych się opłaca: uczyń je wymiarami materialnymi (członkowie mogą je zweryfikować), podnieś awersję do ryzyka członków, którzy je stawiają, albo graj dwie rundy.',
  'advice.check.priceAtCost':
    'Obniżanie ceny nie uczy tego, czego powinno: podnieś wartość jednego punktu poziomu albo poszerz różnicę między kosztem jednostkowym a ceną katalogową.',
  'advice.check.maxEvidence':
    'Kupowanie wszystkich dowodów się opłaca: podnieś koszty dowodów albo obniż ich wiarygodność.',
  'advice.check.noDiscovery':
    'Zadawanie pytań się nie opłaca: daj głównym obawom słowa kluczowe, o które sprzedawca by zapytał, ważyj wymiary obaw bardziej i spraw, by priorytety członków różniły się od tego, co sugeruje opowieść.',
  'advice.check.classified':
    'Prezentacja strategii jest odczytywana jako inna: zróżnicuj wymiary bardziej (kategorie i poziomy sprzedawców).',
  'advice.check.purchaseType':
    'Sytuacja zakupowa niczego nie zmienia: daj obecnemu dostawcy historię do utrzymania (dwie rundy) albo zwiększ awersję do ryzyka członków, by liczył się komfort z obecnym dostawcą.',

  'preview.heading': 'Podgląd miejsc',
  'preview.intro':
    'Instrukcja i stół każdego miejsca tak, jak zobaczy je student na początku rundy, zrobione ze szkicu (nic nie jest zapisywane).',
  'preview.open': 'Podejrzyj każde miejsce',
};
