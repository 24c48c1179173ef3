// Polski: konsola prowadzącego i widok projektora. Every key of the English console dictionary.
import type { ConsoleDictionary } from './console.ts';

export const consolePl: ConsoleDictionary = {
  'console.title': 'Konsola prowadzącego',
  'nav.home': 'Wszystkie sesje',
  'status.working': 'Trwa…',
  'status.loadFailed': 'Ta część konsoli się nie wczytała (sieć?). Otwórz kartę ponownie, aby spróbować.',
  'error.network': 'Brak połączenia z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  'error.secret': 'Ten link do konsoli nie otwiera sesji (zły lub brakujący sekret prowadzącego).',
  'error.generic': 'Serwer odrzucił żądanie (status {status}).',

  'create.heading': 'Nowa sesja',
  'create.source': 'Scenariusz',
  'create.bundled': 'Gotowy scenariusz',
  'create.saved': 'Jeden z moich zapisanych scenariuszy',
  'create.savedPick': 'Wybierz zapisany scenariusz',
  'create.editor': 'Napisz lub zmień scenariusz w edytorze',
  'create.editorHint': '(formularze z objaśnieniami, sprawdzanie na bieżąco i „Czy to uczy?”).',
  'create.template': 'Pobierz jako szablon (JSON)',
  'create.upload': 'Wgraj plik scenariusza',
  'create.loading': 'Wczytywanie scenariuszy…',
  'create.scenario': 'Wybierz scenariusz',
  'create.facts':
    'Języki: {languages} · około {minutes} min · centrum zakupowe: {members, plural, one {# członek} few {# członków} many {# członków} other {# członka}} · {sellers, plural, one {# zespół sprzedawcy} few {# zespoły sprzedawców} many {# zespołów sprzedawców} other {# zespołu sprzedawców}} · {rounds, plural, one {# runda} few {# rundy} many {# rund} other {# rundy}}',
  'create.file': 'Plik scenariusza (JSON)',
  'create.fileHint':
    'Najpierw sprawdź go poleceniem npm run scenario:check. Plik z błędami jest odrzucany w całości, a każdy błąd jest pokazany ze ścieżką JSON.',
  'create.fileChosen': 'Wybrano: {name}',
  'create.notJson': '{name} nie jest poprawnym JSON-em: {reason}',
  'create.title': 'Nazwa sesji (opcjonalnie)',
  'create.shape': 'Stoły',
  'create.sellers': 'Zespoły sprzedawców przy stole',
  'create.team': 'Studenci w zespole sprzedawcy',
  'create.teamHint':
    'Rozdanie najpierw obsadza każde miejsce jednym studentem; pozostali dołączają do zespołów sprzedawców.',
  'create.language': 'Język zajęć',
  'create.languageMissing': '{language} (scenariusz nie ma tekstów w tym języku)',
  'create.bots': 'Boty grają na miejscach, których nikt nie zajmie',
  'create.timers': 'Czas etapów (minuty)',
  'create.minutes': '{stage}',
  'create.scenarioMinutes': 'jak w scenariuszu',
  'create.pace': 'Jak stoły przechodzą dalej',
  'create.paceOwn': 'Samodzielnie, gdy wszystkie miejsca są gotowe (lub skończy się czas)',
  'create.paceTogether': 'Razem, gdy ja je przesunę (lub skończy się czas)',
  'create.submit': 'Utwórz sesję',
  'create.pick': 'Najpierw wybierz scenariusz.',
  'create.pickFile': 'Najpierw wybierz plik scenariusza.',
  'create.badMinutes': 'Minuty etapu {stage} muszą być liczbą.',
  'create.invalid':
    'Scenariusz jest niepoprawny: nic nie utworzono. Popraw poniższe błędy i spróbuj ponownie.',
  'create.key': 'Klucz prowadzącego',
  'create.keyHint':
    'Na tym serwerze sesje mogą tworzyć tylko prowadzący: wpisz klucz otrzymany od administratora. Ta karta zapamięta go do jej zamknięcia.',
  'create.keyMissing': 'Najpierw wpisz klucz prowadzącego: ten serwer wymaga go do utworzenia sesji.',
  'create.keyWrong':
    'Klucz prowadzącego jest nieprawidłowy: nic nie utworzono. Sprawdź go i spróbuj ponownie.',
  'create.problems':
    '{count, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}} według ścieżki JSON:',

  'sessions.heading': 'Twoje sesje',
  'sessions.hint':
    'Sesje utworzone lub otwarte w tej przeglądarce. Ich sekrety prowadzącego zostają tylko w tej przeglądarce: aby otworzyć sesję gdzie indziej, użyj linku do konsoli.',
  'sessions.none': 'Brak sesji.',
  'sessions.open': 'Otwarta',
  'sessions.finished': 'Zakończona',
  'sessions.gone': 'Nie ma jej już na serwerze',
  'sessions.counts':
    '{players, plural, one {# student} few {# studentów} many {# studentów} other {# studenta}} · {tables, plural, one {# stół} few {# stoły} many {# stołów} other {# stołu}}',
  'sessions.open.action': 'Otwórz',
  'sessions.delete': 'Usuń',
  'sessions.forget': 'Usuń z tej listy',
  'sessions.confirmDelete': 'Usunąć „{name}” i wszystko, co zapisano? Tego nie można cofnąć.',
  'sessions.deleted': 'Usunięto.',

  'session.unknown': 'Ta przeglądarka nie zna tej sesji',
  'session.unknownHint':
    'Otwórz ją linkiem do konsoli (zawiera sekret prowadzącego) albo wybierz jedną ze swoich sesji.',
  'session.unavailable': 'Nie można otworzyć sesji',
  'session.gone': 'Ta sesja już nie istnieje.',
  'session.live': 'Na żywo',
  'session.connecting': 'Łączenie…',
  'session.notRunning': 'Nieaktywna: tylko do odczytu',
  'session.finishedReadOnly': 'Zakończona: tylko do odczytu',
  'session.joinLink': 'Studenci dołączają pod adresem',
  'session.projector': 'Otwórz widok projektora',
  'session.copyConsole': 'Kopiuj link do konsoli',
  'session.consoleHint':
    'Link do konsoli zawiera sekret prowadzącego: zachowaj go dla siebie. Pokaż grupie widok projektora, nie tę stronę.',
  'session.copied': 'Skopiowano.',
  'session.copyFailed': 'Nie udało się skopiować: przeglądarka odmówiła.',
  'session.facts':
    '{students, plural, one {# student} few {# studentów} many {# studentów} other {# studenta}} · {tables, plural, one {# stół} few {# stoły} many {# stołów} other {# stołu}} · przejście dalej: {pace}',
  'session.finish': 'Zakończ sesję',
  'session.confirmFinish': 'Zakończyć sesję? Nowi studenci nie dołączą; wszystko zostaje do przeglądu.',
  'session.finished': 'Sesja jest zakończona.',

  'tabs.label': 'Sesja',
  'tabs.run': 'Prowadzenie zajęć',
  'tabs.seating': 'Rozsadzenie',
  'tabs.debrief': 'Omówienie grupy',

  'run.all': 'Wszystkie stoły',
  'run.readOnly': 'Tylko do odczytu: sesja jest zakończona lub nieaktywna.',
  'run.noTables': 'Brak stołów: rozdaj studentów w karcie Rozsadzenie.',
  'run.students':
    '{count, plural, one {# student} few {# studentów} many {# studentów} other {# studenta}} (online: {online})',
  'run.inStage': '{count} × {stage}',
  'run.monitor': 'Stoły',
  'run.table': 'Stół {id}',
  'run.round': 'runda {round}',
  'run.online': 'online',
  'run.offline': 'offline',
  'run.attention': 'Wymaga uwagi',
  'run.start': 'Start',
  'run.advance': 'Dalej',
  'run.pause': 'Pauza',
  'run.resume': 'Wznów',
  'run.extend': '+{minutes} min',
  'run.endRound': 'Zakończ rundę',
  'run.nextRound': 'Następna runda',
  'run.done': 'Gotowe.',
  'run.partly': 'Gotowe, z wyjątkiem: {failures}',
  'run.confirmAdvance': 'Nie wszyscy studenci zgłosili gotowość: {seats}. Przejść dalej mimo to?',

  'attention.empty': 'Puste miejsca (start wymaga studenta lub bota): {seats}',
  'attention.offline': 'Offline: {seats}',
  'attention.waiting': 'Czekamy na: {seats}',
  'attention.timeUp': 'Czas minął, ale stół nie przeszedł dalej',
  'attention.idle': 'Konsola nie widzi zmian od {minutes} min, a czas nie jest odliczany: sprawdź stół',

  'market.heading': 'Porusz rynkiem',
  'market.hint':
    'Popyt pochodny: klienci kupującego zaczynają oczekiwać więcej jednej korzyści, przy każdym grającym stole. Wszyscy słyszą wiadomość; tylko wybrany członek waży ją bardziej (i wie o ile) aż do omówienia. Czy sprzedawcy to zauważą i zapytają?',
  'market.dimension': 'Klienci oczekują więcej',
  'market.member': 'Zmienia to',
  'market.points': 'Punkty ze 100',
  'market.send': 'Wyślij wiadomość z rynku',
  'broadcast.heading': 'Wiadomość do wszystkich stołów',
  'broadcast.hint': 'Pojawi się na ekranie każdego studenta i na projektorze.',
  'broadcast.send': 'Wyślij',
  'broadcast.sent': 'Wysłano do wszystkich.',
  'broadcast.empty': 'Najpierw napisz wiadomość.',

  'seating.deal': 'Rozsadzenie grupy',
  'seating.dealHint':
    'Rozdanie sadza każdego studenta z poczekalni: spóźnieni najpierw zajmują miejsca botów, pozostali wypełniają nowe, równe stoły.',
  'seating.dealBots': 'Wypełnij puste miejsca botami',
  'seating.dealButton':
    'Rozsadź {count, plural, one {# studenta} few {# studentów} many {# studentów} other {# studenta}}',
  'seating.dealt':
    'Rozsadzono przy {tables, plural, one {# stole} few {# stołach} many {# stołach} other {# stołu}}.',
  'seating.lobby': 'W poczekalni ({count})',
  'seating.lobbyEmpty': 'Nikt nie czeka.',
  'seating.fill': 'Wypełnij puste miejsca botami',
  'seating.filled': 'Boty zajmują każde puste miejsce przy stole {id}.',
  'seating.botOn': 'Posadź bota',
  'seating.botOff': 'Usuń bota',
  'seating.botAdded': 'Bot zajął miejsce.',
  'seating.botRemoved': 'Bot opuścił miejsce.',
  'seating.moveTo': 'Przenieś: {name}, do',
  'seating.choose': 'Przenieś do…',
  'seating.toLobby': 'poczekalni',
  'seating.move': 'Przenieś',
  'seating.noRole': 'bez roli (czwarty sprzedawca)',
  'seating.dragHint': 'Przeciągnij na miejsce lub z powrotem do poczekalni',
  'seating.moved': 'Przeniesiono: {name} → {to}.',
  'seating.readmit': 'Wpuść ponownie',
  'seating.readmitHint':
    '„Wpuść ponownie” daje studentowi nowy link do tego samego miejsca: gdy zgubi lub zmieni urządzenie albo gdy usuniesz kogoś przez pomyłkę. Stary link przestaje działać.',
  'seating.readmitted': 'Nowy link dla: {name} (stary już nie działa):',
  'seating.copy': 'Kopiuj',
  'seating.remove': 'Usuń',
  'seating.confirmRemove': 'Usunąć z sesji: {name}?',
  'seating.removed': 'Usunięto: {name}.',

  'export.heading': 'Eksport',
  'export.hint': 'CSV: wiersz na studenta i rundę, do dziennika ocen. JSON: wszystko, do badań.',
  'export.csv': 'Pobierz CSV',
  'export.json': 'Pobierz JSON',
  'export.done': 'Pobrano.',

  'class.empty': 'Żaden stół nie zakończył jeszcze rundy. Omówienie grupy uzupełnia się, gdy stoły kończą.',
  'class.rounds': 'Rundy',
  'class.round': 'Runda {round}',
  'class.heading': 'Grupa, runda {round}',
  'class.finished': 'Stoły, które zakończyły rundę: {done} z {total}',
  'class.quality': 'Średnia jakość decyzji {value}',
  'class.choseBest': 'Centra zakupowe, które wybrały najlepszą wartość: {count} z {total}',
  'class.wins': 'Wygrane kontrakty',
  'class.unfinished': 'Jeszcze grają: {tables}',
  'class.side': 'Wszystkie stoły obok siebie',
  'class.alignment': 'dopasowanie {value}',
  'class.discovery': 'badanie potrzeb {value}',
  'class.drill': 'Oś czasu',
  'class.drillHeading': 'Stół {table}: co się wydarzyło',
  'class.drillNone': 'Jeden stół z bliska',
  'class.drillHint': 'Wybierz „Oś czasu” przy stole powyżej, by zobaczyć, kto co zrobił i kiedy.',
  'class.charts': 'Wykresy',
  'class.heatSeller': 'Mapy cieplne dla sprzedawcy',
  'class.hiddenHint':
    'Ta sama instrukcja przy każdym stole: wpływ i ukryte wagi (na 100), wymagania bezwzględne w nawiasach, najważniejsze priorytety pogrubione.',
  'class.notes': 'Wnioski dydaktyczne',
  'class.notesHint': 'Pojęcia, których dotknęła gra, od najczęstszych, z pytaniem do grupy.',
  'class.touched':
    'Przy {tables} z {total, plural, one {# stołu} few {# stołów} many {# stołów} other {# stołu}}',

  'class.predictions': 'Prognoza, potem odsłona',
  'class.predictionsHint':
    'Przed omówieniem każdy zespół sprzedawcy wskazał najważniejszy priorytet każdego członka, a każdy członek przewidział, którą ofertę wybierze centrum zakupowe. Trafność prognoz to odsetek członków, których najważniejszy priorytet zespół wskazał. Zapytaj grupę: które zespoły najlepiej odczytały centrum zakupowe i o co pytały, by to osiągnąć?',
  'class.insight': 'Średnia trafność prognoz zespołów sprzedawców, które złożyły prognozę: {value}',
  'class.insightNone': 'Żaden zespół sprzedawcy nie złożył prognozy.',
  'class.predictedTeams':
    'Prognozę złożyło {predicted} z {total, plural, one {# zespołu sprzedawcy} few {# zespołów sprzedawców} many {# zespołów sprzedawców} other {# zespołu sprzedawcy}}',
  'class.foresaw':
    'Wybór centrum zakupowego przewidziało {right} z {total, plural, one {# członka} few {# członków} many {# członków} other {# członka}} (prognozy: {predicted})',
  'col.insight': 'Trafność prognoz',
  'col.foresaw': 'Członkowie, którzy przewidzieli wybór',
  'class.noPrediction': 'brak prognozy',
  'col.table': 'Stół',
  'col.winner': 'Zwycięzca',
  'col.price': 'Cena',
  'col.margin': 'Marża na jednostkę',
  'col.quality': 'Jakość decyzji',
  'col.best': 'Najlepsza wartość',
  'col.offers': 'Oferty: propozycja wartości',
  'col.benefit': 'Korzyść',
  'col.influence': 'Wpływ',
  'col.priceSensitivity': 'Wrażliwość cenowa',
  'col.riskAversion': 'Awersja do ryzyka',

  'chart.value': 'Wartość a cena, dla każdej oferty',
  'chart.perUnit': 'na jednostkę ({currency})',
  'chart.quality': 'Jakość decyzji przy stołach (zielony: wybrano najlepszą wartość)',
  'chart.vp': 'Propozycje wartości: jak im poszło',
  'chart.weight': 'ukryta waga',
  'chart.emphasis': 'akcent',

  'concept.discovery': 'Badanie potrzeb',
  'concept.points-of-difference': 'Wyróżniki i parytet',
  'concept.value-proposition': 'Propozycja wartości',
  'concept.credibility': 'Wiarygodność',
  'concept.pricing': 'Cena i wartość',
  'concept.specification': 'Specyfikacja',
  'concept.buying-center-roles': 'Role w centrum zakupowym',
  'concept.decision-quality': 'Jakość decyzji',
  'concept.purchase-type': 'Sytuacja zakupowa',
  'teach.discovery':
    'Zapytaj: kogo pytali sprzedawcy, a kogo pominęli? Które pytanie odkryłoby najważniejszy priorytet?',
  'teach.points-of-difference':
    'Zapytaj: co dzieje się ze wszystkimi obietnicami sprzedawcy, gdy eksponuje korzyść, którą konkurent deklaruje tak samo lub lepiej?',
  'teach.value-proposition':
    'Zapytaj: który rzeczywisty wyróżnik był ważny dla którego członka i czy sprzedawca powiedział o nim właśnie tej osobie?',
  'teach.credibility':
    'Zapytaj: które obietnice obnażyło sprawdzenie lub dostawa i jakie dowody uwiarygodniłyby korzyści niematerialne?',
  'teach.pricing':
    'Zapytaj: co zmieniła najlepsza i ostateczna oferta i skąd zwycięzcy mogli wiedzieć, że kupujący zapłaci więcej?',
  'teach.specification':
    'Zapytaj: które wymaganie bezwzględne lub która waga rozstrzygnęła ocenę formalną i kto wpisał je do specyfikacji?',
  'teach.buying-center-roles':
    'Zapytaj: czyj głos lub czyje zatwierdzenie rozstrzygnęło i czy sprzedawcy zwrócili się do tej osoby?',
  'teach.decision-quality':
    'Zapytaj centra zakupowe, które nie wybrały najlepszej wartości: które przekonanie lub która prezentacja je zwiodła?',
  'teach.purchase-type':
    'Zapytaj: jak następna sytuacja zakupowa zmieni to, kto decyduje i jak szeroko kupujący szuka?',

  'projector.noCode': 'Otwórz tę stronę z konsoli: projector.html?code=KOD',
  'projector.joinAt': 'Dołącz pod adresem',
  'projector.qr': 'Kod QR linku {link}',
  'projector.code': 'z kodem',
  'projector.joined':
    '{count, plural, one {Dołączyła # osoba} few {Dołączyły # osoby} many {Dołączyło # osób} other {Dołączyło # osoby}}',
  'projector.tables':
    '{count, plural, one {# stół w grze} few {# stoły w grze} many {# stołów w grze} other {# stołu w grze}}',
  'projector.tablesIn':
    '{count, plural, one {# stół} few {# stoły} many {# stołów} other {# stołu}}: {stage}',
  'projector.lateJoin': 'Spóźnienie? Dołącz pod {link} z kodem {code}',
  'projector.results': 'Wyniki rundy {round}',

  'create.objectives': 'Cele dydaktyczne',
  'create.objectivesHint':
    'Czego uczy ten przypadek. Widzisz je tutaj i na projektorze, gdy uczestnicy dołączają; telefony uczestników ich nie pokazują.',
  'tabs.prepare': 'Przygotowanie',
  'tabs.grades': 'Oceny',
  'prepare.heading': 'Przygotuj zajęcia',
  'prepare.hint':
    'Co widzi każde miejsce na początku rundy: swoją instrukcję i stół, tak jak pokaże je telefon uczestnika. Widzisz to tylko Ty: odsłania ukryte priorytety każdego miejsca.',
  'prepare.seats': 'Miejsca',
  'prepare.brief': 'Instrukcja',
  'prepare.table': 'Stół oczami tego miejsca',
  'prepare.print': 'Instrukcje do druku',
  'prepare.printHint':
    'Jedna strona na miejsce, do rozdania lub pod ręką. Otwiera się w nowej karcie; drukuj stamtąd.',
  'print.heading': 'Instrukcje: {title}',
  'print.print': 'Drukuj',
  'print.hint':
    'Jedna strona na miejsce: {count, plural, one {# strona} few {# strony} many {# stron} other {# strony}}. Każdemu miejscu daj tylko jego stronę.',
  'print.footer': '{title} · kod {code} · {seat}',
  'grades.heading': 'Oceny',
  'grades.hint':
    'Każdy uczestnik dostaje ocenę od 0 do 100 za każdą ukończoną rundę: średnią ważoną składników swojej strony. Składnik bez danych (brak obietnic, brak głosowania) jest pomijany, a pozostałe wagi liczą się zamiast niego. Ocena uczestnika to średnia z jego rund. Eksport CSV zawiera ocenę, każdy składnik i każdą wagę.',
  'grades.weights': 'Wagi',
  'grades.weightsHint':
    'Względne: liczą się tylko ich proporcje. Waga 0 pomija składnik; każda strona potrzebuje choć jednej wagi powyżej 0.',
  'grades.sellers': 'Zespoły sprzedawcy',
  'grades.members': 'Członkowie centrum zakupowego',
  'grades.save': 'Zapisz wagi',
  'grades.reset': 'Przywróć domyślne',
  'grades.saved': 'Wagi zapisane: oceny przeliczone.',
  'grades.badWeight': 'Każda waga to liczba od 0 do {max}.',
  'grades.default': 'domyślnie {weight}',
  'grades.none': 'Nikt jeszcze nie ukończył rundy: oceny pojawią się, gdy stoły skończą.',
  'grades.round': 'Runda {round}: {grade}',
  'lti.heading': 'Dziennik ocen i lista kursu',
  'lti.hint':
    'Ta sesja została dodana z platformy kursu. Ocena każdego studenta trafia do dziennika ocen kursu po każdej rundzie, jeden raz; ocena, która nie dotarła, jest wysyłana ponownie.',
  'lti.post': 'Wyślij oceny teraz',
  'lti.roster': 'Kto z kursu jeszcze nie dołączył?',
  'lti.joined': 'Dołączyło dotąd: {joined} z {total}.',
  'lti.missing': 'Jeszcze nie dołączyli',
  'lti.none': 'Nikt z kursu jeszcze nie dołączył.',
  'lti.col.status': 'Dziennik ocen',
  'lti.status.sent': 'Wysłano',
  'lti.status.failed':
    'Nie wysłano ({attempts, plural, one {# próba} few {# próby} many {# prób} other {# próby}}): {error}',
  'lti.status.notGraded': 'Jeszcze bez oceny',
  'lti.status.pending': 'Czeka na wysłanie',
  'lti.posted': 'Dziennik ocen jest aktualny.',
  'lti.postFailed':
    '{count, plural, one {# ocena nie dotarła} few {# oceny nie dotarły} many {# ocen nie dotarło} other {# ocen nie dotarło}} do dziennika: zostaną wysłane ponownie.',
  'grade.component.margin': 'Marża',
  'grade.component.alignment': 'Dopasowanie',
  'grade.component.discovery': 'Badanie potrzeb',
  'grade.component.credibility': 'Wiarygodność',
  'grade.component.decision': 'Jakość decyzji',
  'grade.component.verification': 'Weryfikacja obietnic',
  'grade.component.specification': 'Specyfikacja',
  'grade.component.insight': 'Wgląd',
  'grade.component.forecast': 'Prognoza',
  'grade.explain.margin':
    'Jaką część wartości wytworzonej przez ofertę (wartość dla kupującego minus koszt) zespół zatrzymał jako marżę, po odszkodowaniach i dowodach; 0 bez wygranej.',
  'grade.explain.alignment':
    'Na ile eksponowane korzyści trafiały w najważniejsze priorytety każdego członka, ważone wpływem.',
  'grade.explain.discovery':
    'Jaką część najważniejszych priorytetów członków zespół odkrył, pytając, ważoną wpływem.',
  'grade.explain.credibility':
    'Obietnice dotrzymane przy dostawie; niematerialna obietnica eksponowana bez dowodów liczy się w połowie. Pomijana, gdy nie było obietnic.',
  'grade.explain.decision':
    'Wartość oferty, na którą członek głosował, wobec najlepszej dopuszczonej oferty; 0 bez głosu; pomijana u członka, którego ten zakup nie prosi o głos.',
  'grade.explain.verification':
    'Sprawdzone obietnice wobec sprawdzeń, na które pozwala ten zakup; pomijana, gdy nie było czego sprawdzać.',
  'grade.explain.specification':
    '50 punktów za każdą przyjętą pozycję specyfikacji członka, 25 za każdą inną zaproponowaną, najwyżej 100.',
  'grade.explain.insight':
    'Przewiduj, potem odkryj: udział członków, których najważniejszy priorytet zespół przewidział; 0 bez prognozy.',
  'grade.explain.forecast':
    'Przewiduj, potem odkryj: 100, gdy wybrano ofertę, którą członek przewidział, inaczej 0; pomijane, gdy nie wybrano żadnej oferty.',
  'col.student': 'Uczestnik',
  'col.seat': 'Miejsce',
  'col.grade': 'Ocena',
  'col.rounds': 'Rundy',
  'projector.objectives': 'W tym przypadku uczysz się',
};
