// The teaching notes' sentences in Polski: every key of notes-en.ts (the type check fails if one is missing).
import type { NoteKey } from './notes-en.ts';

export const notesPl: Record<NoteKey, string> = {
  // The debrief's groundwork lines (who drafted, who prepared, what the proposal kept).
  'debrief.groundwork': 'Praca przed propozycją',
  'debrief.draftLine':
    '{seller}, szkic kierownika produktu ({player}): opcje: {options}, deklaracje: {claims}, z odpowiedzi: {members}; propozycja zachowała opcje: {keptOptions}, deklaracje: {keptClaims}.',
  'debrief.evidenceLine':
    '{seller}, obsługa klienta ({player}): przygotowała dowody: {evidence}, do odpowiedzi: {members}; propozycja zachowała z nich: {kept}.',
  'debrief.noAnswers': 'nikt',
  'debrief.aBot': 'bot',
  'noteConcept.discovery': 'Badanie potrzeb',
  'noteConcept.points-of-difference': 'Wyróżniki i parytet',
  'noteConcept.value-proposition': 'Propozycja wartości',
  'noteConcept.credibility': 'Wiarygodność',
  'noteConcept.pricing': 'Cena i wartość',
  'noteConcept.specification': 'Specyfikacja',
  'noteConcept.buying-center-roles': 'Role w centrum zakupowym',
  'noteConcept.decision-quality': 'Jakość decyzji',
  'noteConcept.purchase-type': 'Sytuacja zakupowa',
  'note.next': 'Następnym razem: {text}',
  'note.missed-priority':
    'Korzyść {dimension} to jeden z najważniejszych priorytetów (członek: {member}; {weight}/100 punktów). {seller} ani jej nie odkrywa, ani nie eksponuje wobec tej osoby: {asked, plural, =0 {nie zadaje jej żadnego pytania} one {zadaje jej # pytanie} few {zadaje jej # pytania} many {zadaje jej # pytań} other {zadaje jej # pytania}}.',
  'next.ask': 'Zapytaj członka centrum zakupowego ({member}) o korzyść {dimension}.',
  'note.contention':
    '{seller} eksponuje korzyść {dimension} wobec członka ({member}), ale {rival} deklaruje tam poziom {rivalLevel} (własny: {own}): to punkt sporny. Przez to {member} mniej wierzy we wszystkie obietnice tego dostawcy ({count, plural, one {# korzyść sporna} few {# korzyści sporne} many {# korzyści spornych} other {# korzyści spornej}}).',
  'next.stress-instead':
    'Zamiast tego eksponuj wobec tej osoby ({member}) korzyść {alt}: dostarczasz {altOwn}, a żaden konkurent nie deklaruje więcej niż {altRival}.',
  'next.state-level':
    'Podaj swój poziom w korzyści {dimension}: dostarczasz {delivered}, więcej niż deklaruje którykolwiek konkurent.',
  'next.drop': 'Nie eksponuj korzyści {dimension} wobec tej osoby ({member}).',
  'note.focus':
    'Propozycja wartości ({seller}): {type}. Nie mówi ona członkowi ({member}) o korzyści {dimension}, jednym z jego najważniejszych priorytetów, w której oferta dostarcza {own}, a {rival} {rivalLevel}: to wyróżnik, który rezonuje.',
  'next.resonate': 'W wiadomości do tej osoby ({member}) zacznij od korzyści {dimension}.',
  'note.fit.keep-relationship':
    'Aby utrzymać relację, obecny dostawca eksponuje korzyści pozaekonomiczne niematerialne. {seller} tego nie robi, choć dostarcza {own} w korzyści {dimension}, a {rival} {rivalLevel}.',
  'note.fit.win-new-business':
    'Aby zdobyć nowego klienta, eksponuj korzyść materialną, w której masz przewagę. {seller} tego nie robi, choć dostarcza {own} w korzyści {dimension}, a {rival} {rivalLevel}.',
  'next.lead-with': 'Eksponuj na początku korzyść {dimension}.',
  'note.overclaim':
    '{seller} obiecuje {claimed} w korzyści {dimension}, a dostarcza {delivered} (łącznie {count, plural, one {# obietnica} few {# obietnice} many {# obietnic} other {# obietnicy}} powyżej dostawy).',
  'note.overclaim.caught':
    'Sprawdzenie ({caughtBy}) to wykazało i od tej chwili centrum zakupowe mniej wierzy we wszystkie obietnice tego dostawcy.',
  'note.overclaim.damages': 'Odszkodowanie: {damages}.',
  'next.add-option':
    'Dodaj opcję, która podnosi korzyść {dimension} o {lift, plural, one {# poziom} few {# poziomy} many {# poziomów} other {# poziomu}}, albo obiecaj {delivered}.',
  'next.claim-delivered': 'Obiecaj {delivered} w korzyści {dimension}: tyle, ile dostarczasz.',
  'note.tangibilize':
    '{seller} eksponuje korzyść niematerialną {dimension} z obietnicą powyżej tego, co zakładają członkowie, bez dowodów, które by ją potwierdzały.',
  'next.add-evidence': 'Dodaj dowód ({evidence}) dla korzyści {dimension} (koszt {cost}).',
  'note.value-left':
    '{seller} wygrywa z ceną {price} za sztukę, a można było żądać do {max} i nadal wygrać (o {headroom} więcej).',
  'next.price-up': 'Ustal cenę bliżej {max}, jeśli centrum zakupowe oceni twoją ofertę tak jak tym razem.',
  'note.bafo':
    '{member} prosi o najlepszą i ostateczną ofertę ({seller}): cena zmienia się z {before} na {after} za sztukę ({total} na całej umowie).',
  'note.bafo.kept':
    '{member} prosi o najlepszą i ostateczną ofertę ({seller}); cena pozostaje {after} za sztukę.',
  'note.bafo.target': 'Cena docelowa centrum zakupowego: {target}.',
  'note.bafo.same': 'Prowadzenie w postrzeganej wartości przed i po: {leaderAfter}.',
  'note.bafo.changed': 'Prowadzenie w postrzeganej wartości przechodzi: {leaderBefore} → {leaderAfter}.',
  'next.concede-less':
    'Prowadzenie było twoje już przed najlepszą i ostateczną ofertą: odpowiedz mniejszą obniżką niż {cut}.',
  'next.held': 'Cena utrzymana i wygrana: utrzymaj ją znowu, gdy prowadzisz.',
  'next.lead-on-value':
    'Niech pierwsza oferta wygrywa wartością, aby najlepsza i ostateczna oferta nie musiała obniżać ceny.',
  'next.value-not-price':
    'Wygrana samą ceną wymagała {needed} lub mniej, nie więcej niż twój koszt jednostkowy {cost}: konkuruj wartością.',
  'next.no-price-wins': 'Żadna cena nie dałaby wygranej: konkuruj wartością.',
  'next.price-floor':
    'Wygrana wymagała ceny {needed} lub niższej: przed rundą zdecyduj, jak nisko zejdziesz.',
  'note.bafo-buyer': '{member} prosi o najlepszą i ostateczną ofertę: {sellers}.',
  'note.bafo-buyer.saved': 'Oszczędność na umowie ({winner}): {saved}.',
  'next.state-target': 'Umowa nic na tym nie zyskała: prosząc o ofertę, podaj cenę docelową.',
  'next.compare-value':
    'Przed głosowaniem porównaj wartość ofert dla całego centrum zakupowego, nie tylko ceny.',
  'next.bafo-again':
    'Gdy oferty są blisko siebie, znów poproś o najlepszą i ostateczną ofertę: ta dała {saved} oszczędności.',
  'note.spec-void':
    'Umowa ({seller}) jest nieważna przy odbiorze: specyfikacja wymaga korzyści {dimension} co najmniej na poziomie {minLevel} (propozycja: {by}); obietnica {claimed}, dostawa {delivered}, kara umowna {penalty}.',
  'note.spec-void.claim':
    'Umowa ({seller}) jest nieważna przy odbiorze: obietnica dla korzyści {dimension} {claimed}, odbiór zmierzył {delivered}. Korzyść materialną można zmierzyć, więc obiecany poziom jest warunkiem umowy; kara umowna {penalty}.',
  'next.state-delivered':
    'Dla korzyści materialnej obiecuj tylko to, co oferta z opcjami dostarcza: odbiór to zmierzy.',
  'next.check-claim': 'Przed głosowaniem sprawdź obietnicę dostawcy {about} dotyczącą korzyści {dimension}.',
  'next.ask-evidence': 'Przed głosowaniem poproś dostawcę {about} o dowody dla korzyści {dimension}.',
  'next.deliver-must-have':
    'Dodaj opcje, które podnoszą korzyść {dimension} do poziomu {minLevel}: wymaganie bezwzględne, które deklarujesz, jest warunkiem umowy.',
  'note.spec-gate':
    'Wymaganie bezwzględne {dimension} co najmniej {minLevel} (propozycja: {by}) wyklucza dostawcę {seller}: jego oferta osiąga najwyżej {reach}.',
  'next.gate-cost':
    'Zanim przyjmiesz wymaganie bezwzględne, zapytaj, kogo wykluczy: to wykluczyło dostawcę {seller}.',
  'next.shape-spec':
    'Porozmawiaj o korzyści {dimension} z członkiem centrum zakupowego ({by}), zanim specyfikacja zostanie opublikowana.',
  'note.spec-weight':
    'Waga korzyści {dimension} ({share} opublikowanych kryteriów, propozycja: {by}) stawia {leader} przed {without} w ocenie formalnej, która liczy się w {formality} decyzji.',
  'note.spec-weight.outcome': 'Bez niej centrum zakupowe wybrałoby: {without}.',
  'next.weigh-priorities':
    'Na etapie 2 ustal wagi według najważniejszych priorytetów członków: jedna waga może rozstrzygnąć ranking formalny.',
  'next.read-criteria':
    'Przed złożeniem oferty przeczytaj opublikowane kryteria: korzyść {dimension} to {share} z nich.',
  'note.pivotal-vote':
    'Głos ({member}, {share} oddanych głosów) rozstrzyga: bez niego wygrana przypadłaby dostawcy {without} zamiast {seller}.',
  'note.pivotal-vote.none':
    'Głos ({member}, {share} oddanych głosów) rozstrzyga: bez niego nikt nie zostałby wybrany.',
  'note.pivotal-vote.alone':
    '{member} oddaje jedyny głos, który liczy się w tym zakupie, i wybiera: {seller}.',
  'next.check-before-vote':
    'Przed głosowaniem sprawdź obietnicę dostawcy {seller} dotyczącą korzyści {check}.',
  'next.say-why': 'Zanim zagłosujesz, powiedz centrum zakupowemu, dlaczego głosujesz tak, a nie inaczej.',
  'next.address-member':
    'Napisz wiadomość do tej osoby ({member}) o korzyści {top}, jej najważniejszym priorytecie.',
  'note.sign-off-rejection': '{member} odrzuca przy zatwierdzeniu: {seller}.',
  'note.sign-off-rejection.after': 'Umowa przypada: {winner}.',
  'note.sign-off-rejection.none': 'Nie wybrano dostawcy.',
  'next.spec-must-have':
    'Zapisz swój warunek w specyfikacji na etapie 2: zaproponuj wymaganie bezwzględne {dimension} co najmniej {minLevel}.',
  'next.spec-weight':
    'Zapisz swój warunek w specyfikacji na etapie 2: zaproponuj wagę dla korzyści {dimension}.',
  'next.ask-approver':
    'Przed złożeniem oferty zapytaj tę osobę ({member}) o korzyść {dimension}: ma prawo zatwierdzenia.',
  'note.decision-quality':
    'Centrum zakupowe wybiera: {seller}, o wartości {quality} najlepszej wartości przy stole ({best}).',
  'note.decision-quality.over':
    '{member}: przekonanie o dostawcy {about} w korzyści {dimension} to {believed}, a dostawa {delivered}.',
  'note.decision-quality.under':
    '{member}: przekonanie o dostawcy {about} w korzyści {dimension} to tylko {believed}, a dostawa {delivered}.',
  'note.decision-quality.price':
    'Żadne przekonanie decydujących członków nie odbiega od dostawy o ćwierć poziomu lub więcej.',
  'note.unvoiced-priority':
    'Korzyść {dimension}, najważniejszy priorytet (członek: {member}; {weight}/100 punktów), nie ma wagi w opublikowanych kryteriach: ocena formalna ją pomija.',
  'note.unvoiced-priority.sought': 'Była oznaczona jako poszukiwana korzyść.',
  'note.unvoiced-priority.unsought': 'Nie była oznaczona jako poszukiwana korzyść.',
  'next.mark-sought':
    'Na etapie 1 oznacz korzyść {dimension} jako poszukiwaną, a na etapie 2 zaproponuj dla niej wagę.',
  'next.propose-weight': 'Na etapie 2 zaproponuj wagę dla korzyści {dimension}.',
  'note.purchase-type':
    'Ocena po zakupie zmienia sytuację zakupową: teraz {type}, następnym razem {nextType}.',
  'note.purchase-type.fixed':
    'Następna runda zmienia sytuację zakupową: teraz {type}, następnym razem {nextType}.',
  'next.expect-new-task':
    'W nowym zakupie decyduje całe centrum zakupowe i szuka szeroko: pytaj każdego członka.',
  'next.expect-modified-rebuy':
    'W zmodyfikowanym zakupie powtórnym obecny dostawca jest zagrożony: wyraźny wyróżnik może wygrać.',
  'next.expect-straight-rebuy':
    'W prostym zakupie powtórnym decyduje dział zakupów (przy scentralizowanym centrum zakupowym razem z zarządem), a obecny dostawca ma przewagę.',
  'noteConcept.derived-demand': 'Popyt pochodny',
  'note.market-shift':
    'Wiadomość z rynku: klienci kupującego oczekują więcej w zakresie: {dimension}. W centrum zakupowym zmieniło to priorytety członka {member}: waga {dimension} wzrosła z {weightBefore} do {weightAfter} na 100 punktów.',
  'note.market-shift.stressed': 'Ostateczna oferta {seller} podkreślała: {dimension}.',
  'note.market-shift.missed': 'Ostateczna oferta {seller} nie podkreślała: {dimension}.',
  'note.market-shift.delivered':
    'Wybrana oferta, {winner}, zapewnia poziom {delivered} w zakresie: {dimension}.',
  'note.customer-need':
    'Klienci nabywcy potrzebują: {dimension}. {seller} dostarcza tu poziom {own}, żaden rywal nie więcej niż {rivalLevel}, a jego ostateczna oferta nikomu tego nie podkreśliła: potrzeba rynku nabywcy, na którą mógł odpowiedzieć.',
  'note.customer-need.addressed':
    '{seller} podkreślił: {dimension}, czego potrzebują klienci nabywcy, i dostarcza tu poziom {own} wobec najwyżej {rivalLevel} u rywala: wygrał kontrakt.',
  'next.stress-customers':
    'Pokaż marketingowi, jak Twoje {dimension} służy klientom nabywcy: dostarczasz poziom {own}.',
  'next.keep-customers': 'Nadal wiąż swoją ofertę z tym, czego potrzebują klienci nabywcy.',
  'next.ask-after-news':
    'Gdy rynek się zmienia, zapytaj, czyje priorytety się przesunęły i o ile, i podkreślaj to, co teraz ważą.',
  'next.voice-news':
    'Gdy popyt twoich klientów zmienia twoje priorytety, powiedz o tym: zaproponuj wagę dla {dimension} lub poinformuj sprzedawców.',
};
