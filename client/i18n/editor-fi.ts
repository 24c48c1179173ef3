// Suomi: skenaarioeditori. Every key of the English editor dictionary (editor-en.ts), with the terms of
// docs/glossary.md.
import type { EditorDictionary } from './editor.ts';

export const editorFi: EditorDictionary = {
  'editor.heading': 'Skenaarioeditori',
  'editor.intro':
    'Kirjoita tapaus lomakkeilla: jokainen kenttä kertoo, mitä se tekee pelissä, virheet näkyvät kentissään kirjoittaessasi, ja ”Opettaako se?” pelaa tapauksen boteilla ennen kuin luokkasi pelaa. Luonnos säilyy tässä selaimessa, kunnes tallennat sen.',
  'start.heading': 'Aloita skenaario',
  'start.blank': 'Uusi tyhjästä',
  'start.import': 'Avaa tiedosto…',
  'start.bundled': 'Aloita valmiista skenaariosta',
  'start.copy': 'Muokkaa kopiota',
  'start.template': 'Lataa pohjaksi',
  'start.saved': 'Tallentamasi skenaariot',
  'start.savedNone':
    'Ei vielä tallennettuja: tallentamasi skenaario näkyy tässä ja uuden istunnon näkymässä.',
  'start.edit': 'Muokkaa',
  'start.duplicate': 'Kopioi',
  'start.download': 'Lataa',
  'start.delete': 'Poista',
  'start.replace': 'Korvataanko muokattava skenaario? Tallentamaton työ menetetään.',
  'start.confirmDelete':
    'Poistetaanko tallennettu skenaario ”{title}”? Sillä jo pelatut istunnot säilyttävät oman kopionsa.',

  'toolbar.label': 'Skenaario',
  'toolbar.save': 'Tallenna palvelimelle',
  'toolbar.saveAgain': 'Tallenna muutokset',
  'toolbar.download': 'Lataa tiedosto',
  'toolbar.play': 'Pelaa heti boteilla',

  'status.openFailed': 'Skenaariota ei voitu avata.',
  'status.notJsonAt': '{name} ei ole kelvollista JSONia: virhe rivillä {line}, sarakkeessa {column}.',
  'status.notObject': '{name} ei sisällä JSON-oliota: skenaariotiedosto on yksi olio.',
  'status.imported': '{name} avattu: katso alla olevat virheet ja tallenna se sitten.',
  'status.fixFirst':
    '{count, plural, one {Korjaa ensin # virhe: se on lueteltu yllä.} other {Korjaa ensin # virhettä: ne on lueteltu yllä.}}',
  'status.serverProblems':
    '{count, plural, one {Palvelin löysi # virheen.} other {Palvelin löysi # virhettä.}}',
  'status.saved': 'Tallennettu: ”{title}”. Se näkyy uuden istunnon näkymässä.',
  'status.downloaded': 'Ladattu. `npm run scenario:check` hyväksyy tiedoston.',
  'status.downloadedInvalid':
    '{count, plural, one {Ladattu, mutta siinä on yhä # virhe.} other {Ladattu, mutta siinä on yhä # virhettä.}}',

  'check.valid': 'Ei virheitä: skenaario on valmis tallennettavaksi ja pelattavaksi.',
  'check.problems':
    '{count, plural, one {# virhe — jokainen näkyy kentässään} other {# virhettä — jokainen näkyy kentässään}}',

  'action.add': 'Lisää {what}',
  'action.remove': 'Poista {what}',
  'field.id': 'Tunniste',
  'field.label': 'Näytettävä nimi',
  'field.description': 'Kuvaus',
  'field.dimension': 'Hyötyulottuvuus',

  'case.heading': 'Tapaus',
  'case.intro':
    'Mitä luokka näkee ensin: otsikko, toimiala ja tiivistelmä sekä oppimistavoitteet, jotka näytät uuden istunnon näkymässä ja projektorilla.',
  'case.id': 'Skenaarion tunniste',
  'case.idHelp': 'Pieniä kirjaimia, numeroita ja viivoja. Se nimeää tiedoston; pelaajat eivät näe sitä.',
  'case.title': 'Otsikko',
  'case.titleHelp': 'Näkyy jokaisessa puhelimessa ja projektorilla.',
  'case.industry': 'Toimiala',
  'case.summary': 'Tiivistelmä',
  'case.summaryHelp': 'Yksi tai kaksi lausetta: mitä ostetaan ja miksi juuri nyt.',
  'case.languages': 'Kielet',
  'case.languagesHelp':
    'Jokainen teksti tarvitsee sanat jokaisella valitsemallasi kielellä; alla oleva käännöstaulukko luettelee puuttuvat. Luokka pelaa yhdellä niistä.',
  'case.objectives': 'Oppimistavoitteet',
  'case.objectivesHelp':
    'Mitä opiskelijoiden pitäisi oppia; näkyy sinulle ja projektorilla, ei koskaan puhelimissa.',
  'case.objective': 'Tavoite {n}',
  'case.objectiveOne': 'tavoite',
  'case.minutes': 'Suositeltu kesto (minuuttia)',
  'case.minutesHelp':
    'Näkyy uuden istunnon näkymässä; todellisen keston ratkaisevat alla olevat vaiheiden ajastimet.',
  'case.purchaseType': 'Ostotilanne',
  'case.purchaseTypeHelp':
    'Suora uudelleenosto suosii nykyistä toimittajaa ja sallii vain vähän tarkistuksia; uudessa ostossa nykyistä toimittajaa ei ole, ja jäsenet tarkistavat lupauksia ja kysyvät enemmän. Uudelleenostossa tarvitaan täsmälleen yksi nykyinen toimittaja, uudessa ostossa ei yhtään.',

  'economics.heading': 'Talous',
  'economics.intro': 'Rahapuoli: jokainen hinta on yksikköhinta, ja sopimus on yksikköhinta kertaa määrä.',
  'economics.currency': 'Valuutta',
  'economics.currencyHelp': 'Kolme isoa kirjainta (EUR, USD, PLN).',
  'economics.quantity': 'Määrä',
  'economics.quantityHelp':
    'Sopimuksen yksiköt: katteita, vahingonkorvauksia ja näytön kustannuksia verrataan tässä mittakaavassa. Myyjä ansaitsee (hinta − yksikkökustannus) × määrä, vähennettynä ostamallaan näytöllä.',
  'economics.unit': 'Yksikkö',
  'economics.unitHelp': 'Mikä yksi yksikkö on (”monitori”, ”tonni”): näkyy jokaisen hinnan vieressä.',
  'economics.valuePerPoint': 'Yhden tasopisteen arvo (yksikköä kohden)',
  'economics.valuePerPointHelp':
    'Mitä yksi painotetun hyötytason piste on ostajalle rahassa yksikköä kohden. Se on hyötyjen ja hinnan vaihtokurssi: arvolla 4000 tasopiste enemmän siinä, mitä jäsenet painottavat, on 4000 enemmän yksikköä kohden. Liian pieni, ja hinta ratkaisee kaiken (omakustannushinta voittaa); liian suuri, ja hinnalla on tuskin merkitystä. Aloita kolmanneksesta puoleen listahinnasta.',

  'firm.heading': 'Ostava yritys',
  'firm.intro': 'Kuka ostaa: sen tarina ja luvut, jotka jokainen paikka näkee rooliohjeessaan.',
  'firm.name': 'Yrityksen nimi',
  'firm.narrative': 'Kertomus',
  'firm.narrativeHelp':
    'Tilanne kappaleena: mikä meni vikaan tai mikä muuttuu, ketä se koskee. Myyjät lukevat sen arvatakseen, mikä on tärkeää.',
  'firm.firmographics': 'Yrityksen tiedot',
  'firm.firmographicsHelp': 'Luvut, jotka myyjä etsisi: ne värittävät rooliohjeita, malli ei lue niitä.',
  'firm.employees': 'Työntekijöitä',
  'firm.revenue': 'Liikevaihto (miljoonaa)',
  'customers.heading': 'Ostajan omat asiakkaat (valinnainen)',
  'customers.help':
    'Johdettu kysyntä: kenelle ostava yritys myy ja mitä he siltä tarvitsevat. Jokainen paikka näkee sen tietona ostajan markkinasta; markkinoinnin jäsenen on painotettava jokaista valitsemaasi hyötyä.',
  'customers.who': 'Keitä he ovat',
  'customers.needs': 'Mitä he tarvitsevat ostajalta',
  'customers.dimensions': 'Hyödyt, joihin tarpeet liittyvät (1–3):',
  'customers.one': 'ostajan asiakkaat',
  'segment.heading': 'Ostaja segmenttinä (valinnainen)',
  'segment.help':
    'Istunnoille, joiden pöydillä on eri ostajat: mitä yllä olevat kentät eivät jo kerro. Toimiala, koko, omistus, ostotilanne sekä ostokeskuksen koko, muodollisuus, keskittyneisyys ja päätössääntö tulevat niistä.',
  'segment.label': 'Segmentin nimi',
  'segment.behavioral': 'Miten se ostaa (käyttäytyminen)',
  'segment.needs': 'Mitä se tarvitsee eniten (tarveperusteinen)',
  'segment.firmographic': 'Lisää yritystietoja',
  'segment.decisionProcess': 'Lisää siitä, miten se päättää (päätösprosessi)',
  'segment.one': 'segmentti',
  'firm.optional': 'Valinnainen.',
  'firm.location': 'Sijainti',
  'firm.ownership': 'Omistus',
  'ownership.private': 'Yksityinen',
  'ownership.public': 'Pörssiyhtiö',
  'ownership.government': 'Julkinen sektori',
  'ownership.non-profit': 'Voittoa tavoittelematon',
  'ownership.cooperative': 'Osuuskunta',

  'obc.heading': 'Miten ostokeskus päättää',
  'obc.intro':
    'Oston organisointi: kuinka muodollinen, kuinka keskitetty ja millä säännöllä jäsenet valitsevat.',
  'obc.formality': 'Muodollisuus',
  'obc.formalityHelp':
    'Osuus päätöksestä, joka seuraa muodollista arviointia (hankinta lukee jokaisen tarjouksen julkaistujen arviointiperusteiden mukaan) jäsenten äänten sijaan: 0,1 (matala), 0,25 (keskitaso), 0,4 (korkea). Korkea muodollisuus palkitsee tarjouksen, joka pärjää vaatimusmäärittelyssä.',
  'obc.centralization': 'Keskittyneisyys',
  'obc.centralizationHelp':
    'Kuinka paljon yleisjohdon ääni painaa: ×0,5 (matala), ×1 (keskitaso), ×2 (korkea). Korkealla keskittyneisyydellä yleisjohto päättää suorassa uudelleenostossa myös hankinnan rinnalla.',
  'obc.rule': 'Päätössääntö',
  'obc.ruleHelp': 'Miten äänet lasketaan.',
  'rule.influence-weighted-vote': 'Äänet vaikutusvallalla painotettuina',
  'rule.majority-vote': 'Enemmistöäänestys (jäsen, ääni)',
  'rule.single-decider': 'Yksi jäsen päättää',
  'obc.decider': 'Kuka päättää',
  'obc.deciderHelp': 'Vain kun yksi jäsen päättää: hänen äänensä on päätös.',
  'obc.noDecider': '(ei kukaan: äänet ratkaisevat)',
  'obc.ruleDescription': 'Sääntö sanoin',
  'obc.ruleDescriptionHelp': 'Näkyy jokaiselle paikalle, jotta myyjät tietävät, ketä vakuuttaa.',
  'level.low': 'Matala',
  'level.medium': 'Keskitaso',
  'level.high': 'Korkea',

  'dimensions.heading': 'Hyötyulottuvuudet',
  'dimensions.intro':
    'Missä tarjous voi olla parempi tai huonompi, tasoilla 1–5. Hinta ei ole yksi niistä: se on osa jokaista tarjousta, ja jokainen jäsen laskee sen hintaherkkyytensä mukaan. Jos luonnoksessa hintaa painotettiin, anna sen pisteet muille ulottuvuuksille ja nosta jäsenten hintaherkkyyttä.',
  'dimensions.list': 'Ulottuvuudet (2–12)',
  'dimensions.one': 'Ulottuvuus {n}',
  'dimensions.oneWord': 'ulottuvuus',
  'dimensions.idHelp':
    'Pieniä kirjaimia, numeroita ja viivoja; kun nimeät sen tässä uudelleen, se muuttuu kaikkialla, missä sitä käytetään.',
  'dimensions.category': 'Luokka',
  'dimensions.categoryHelp':
    'Aineelliset hyödyt voi tarkistaa ennen sopimusta (jäsen voi tarkistaa lupauksen); aineettomat vasta toimituksen jälkeen, joten niissä näyttö on tärkeämpää. Taloudelliset hyödyt säästävät tai tuottavat rahaa; muut kuin taloudelliset eivät.',
  'dimensions.descriptionHelp': 'Mitä taso tarkoittaa tällä ulottuvuudella: myyjät ja jäsenet lukevat sen.',
  'category.economic-tangible': 'Taloudellinen, aineellinen',
  'category.non-economic-tangible': 'Muu kuin taloudellinen, aineellinen',
  'category.economic-intangible': 'Taloudellinen, aineeton',
  'category.non-economic-intangible': 'Muu kuin taloudellinen, aineeton',

  'members.heading': 'Ostokeskus',
  'members.intro':
    'Yhdestä viiteen jäsentä, kukin paikka, jota opiskelija (tai botti) pelaa. Heidän prioriteettinsa ovat piilossa: myyjien on selvitettävä ne kysymällä.',
  'members.list': 'Jäsenet',
  'members.listHelp': 'Vaikutusvalta on jäsenten kesken yhteensä 100; hyväksyntävalta on enintään yhdellä.',
  'members.one': 'Jäsen {n}',
  'members.oneWord': 'jäsen',
  'members.role': 'Rooli',
  'members.roleHelp':
    'Kukin rooli istuu kerran. Hankinta lukee tarjoukset muodollisessa arvioinnissa ja välittää maksuehdoista; suunnittelu takuusta; tuotanto toimitusajasta.',
  'members.title': 'Tehtävänimike',
  'members.influence': 'Vaikutusvalta (pisteitä sadasta)',
  'members.influenceHelp':
    'Tämän jäsenen osuus päätöksestä: hänen äänensä painaa näin paljon, ja tarjouksen objektiivinen arvo painottaa hänen hyötyään tällä.',
  'members.hierarchy': 'Hierarkiataso',
  'members.hierarchyHelp':
    '1 on ylin. Paikat jaetaan ja bottimyyjät puhuttelevat jäseniä tässä järjestyksessä; äänestys ei lue sitä (vaikutusvalta ja keskittyneisyys lukevat).',
  'members.signOff': 'Hyväksyntävalta',
  'members.signOffHelp':
    'Hyväksyy valitun tarjouksen äänestyksen jälkeen: hylkäys sulkee myyjän pois, ja jäsenet äänestävät uudelleen. Botti hylkää tarjouksen, joka ei täytä sen ehdottomia vaatimuksia.',
  'members.veto': 'Veto-oikeus',
  'members.vetoHelp': 'Kuten hyväksyntä: hylkäys sulkee valitun myyjän pois.',
  'members.brief': 'Rooliohje',
  'members.briefHelp': 'Mitä tämä paikka lukee roolikseen: jäsenen julkinen puoli, hänen omalla äänellään.',
  'members.hidden': 'Piilotetut prioriteetit (vain tämä paikka ja jälkipuinti näkevät ne)',
  'members.priceSensitivity': 'Hintaherkkyys (0–2)',
  'members.priceSensitivityHelp':
    'Kuinka paljon yksi hintayksikkö maksaa tälle jäsenelle arvossa: 0 ei välitä hinnasta, 1 laskee sen täysin, 2 kaksinkertaisena. Hankinta on yleensä lähellä 1:tä, suunnittelu matalalla.',
  'members.riskAversion': 'Riskin välttäminen (0–1)',
  'members.riskAversionHelp':
    'Kuinka voimakkaasti jäsen vähättelee lupausta, jota mikään näyttö ei tue: 0 uskoo myyjien sanaan, 1 vain siihen, mikä näytetään. Korkeat arvot tekevät näytöstä ja tarkistuksista kannattavia.',
  'weights.heading': 'Painot',
  'weights.help':
    'Kuinka paljon kukin ulottuvuus merkitsee tälle jäsenelle, pisteinä, jotka ovat yhteensä 100: yhden liukusäätimen siirtäminen jakaa loput muille. Myyjän, joka korostaa sitä, mitä vaikutusvaltaisimmat jäsenet painottavat eniten (resonoiva keskittyminen), pitäisi ansaita eniten.',
  'weights.sum': 'Yhteensä: {sum} / 100',
  'mustHaves.heading': 'Ehdottomat vaatimukset',
  'mustHaves.help':
    'Vähimmäistaso ulottuvuudella: tarjous, joka lupaa vähemmän, ei saa tältä jäseneltä mitään paitsi hintansa. Varmista, että jokin myyjä pystyy täyttämään sen (optioineen), tai kukaan ei voita tätä ääntä.',
  'mustHaves.one': 'ehdoton vaatimus',
  'mustHaves.minLevel': 'Vähimmäistaso (1–5)',
  'mustHaves.minLevelHelp': 'Taso, joka tarjouksen on luvattava tällä ulottuvuudella.',
  'concerns.heading': 'Päähuolenaiheet',
  'concerns.help':
    'Mistä jäsen on huolissaan; myyjien on selvitettävä se kysymällä: kysymys, jossa on jokin avainsanoista, saa bottijäsenen paljastamaan sen.',
  'concerns.one': 'huolenaihe',
  'concerns.dimensionHelp': 'Ulottuvuus, jota huolenaihe koskee.',
  'concerns.text': 'Huolenaihe hänen sanoin',
  'concerns.textHelp': 'Paljastuu myyjälle, joka kysyy siitä, ja jälkipuinnissa.',
  'concerns.keywords': 'Avainsanat',
  'concerns.keywordsHelp':
    'Pilkuilla erotetut sanat, jotka myyjän kysymyksessä osuvat tähän huolenaiheeseen (kukin vähintään kaksi kirjainta).',

  'sellers.heading': 'Myyjät ja niiden tarjoomat',
  'sellers.intro':
    'Yhdestä neljään myyjätiimiä. Jokaisella tarjoomalla on taso jokaisella ulottuvuudella, kustannus ja listahinta; optiot ja näyttö ovat sitä, mitä tiimi voi lisätä tarjoukseensa.',
  'sellers.list': 'Myyjät',
  'sellers.listHelp':
    'Uudelleenostossa tarvitaan yksi nykyinen toimittaja, uudessa ostossa ei yhtään. Anna heikommallekin myyjälle tarina: ulottuvuus, jota jokin vaikutusvaltainen jäsen painottaa ja jossa se johtaa.',
  'sellers.one': 'Myyjä {id}',
  'sellers.oneWord': 'myyjä',
  'sellers.idHelp': 'Yksi iso kirjain: A, B, C tai D.',
  'sellers.name': 'Yrityksen nimi',
  'sellers.descriptionHelp': 'Mitä myyjätiimi lukee itsestään ja ostaja siitä.',
  'sellers.incumbent': 'Nykyinen toimittaja',
  'sellers.incumbentHelp':
    'Tämänhetkinen toimittaja: riskiä välttävät jäsenet tuntevat olonsa sen kanssa mukavaksi, ja sen aiempien kierrosten historia lasketaan sen lupauksille.',
  'sellers.trust': 'Luottamus (0–1)',
  'sellers.trustHelp':
    'Kuinka paljon ostaja jo uskoo tähän toimittajaan: luotetun myyjän lupaukset tarvitsevat vähemmän näyttöä.',
  'sellers.levels': 'Tasot (1–5)',
  'sellers.levelsHelp':
    'Vakiotarjooman todellinen taso jokaisella ulottuvuudella; kilpailijat näkevät nämä (tuote-esite), ja toimitus pitää niistä kiinni (optioineen).',
  'sellers.unitCost': 'Yksikkökustannus',
  'sellers.unitCostHelp': 'Mitä yksi yksikkö maksaa myyjälle: kate on hinta miinus tämä.',
  'sellers.listPrice': 'Listahinta',
  'sellers.listPriceHelp':
    'Yksikköhinta, josta tarjous lähtee; yksikkökustannuksen yläpuolella. Pidä myyjien tarjoukset listahinnalla noin puolen tasopisteen arvon päässä toisistaan, tai heikompi voittaa harvoin.',
  'options.heading': 'Optiot',
  'options.help':
    'Lisät, jotka myyjä voi ottaa mukaan: kukin nostaa yhtä ulottuvuutta 1 tai 2 tasoa yksikkökohtaisella kustannuksella.',
  'options.one': 'optio',
  'options.lift': 'Nosto (tasoja)',
  'options.liftHelp': '1 tai 2 tasoa lisää ulottuvuudelle, enintään 5.',
  'options.unitCost': 'Lisäkustannus yksikköä kohden',
  'options.unitCostHelp': 'Lisätään yksikkökustannukseen, kun optio on tarjouksessa.',
  'evidence.heading': 'Näyttö',
  'evidence.help':
    'Todisteet, jotka myyjä voi ostaa lupaustensa tueksi: ne kaventavat epäilyn ja uskon välistä kuilua ulottuvuuksilla, joita ne tukevat.',
  'evidence.one': 'näyttö',
  'evidence.kind': 'Laji',
  'evidence.kind.case-study': 'Asiakastapaus',
  'evidence.kind.third-party-report': 'Riippumaton raportti',
  'evidence.kind.pilot': 'Pilotti',
  'evidence.kind.performance-guarantee': 'Suorituskykytakuu',
  'evidence.cost': 'Kustannus (kerran, koko sopimukselle)',
  'evidence.costHelp':
    'Myyjä maksaa sen voitti tai ei: kaiken näytön ostamisen ei pitäisi kannattaa (kaikki näyttö ansaitsee vähemmän).',
  'evidence.credibility': 'Uskottavuus (0–1)',
  'evidence.credibilityHelp': 'Kuinka paljon epäilystä se poistaa: 1 saa tuetun lupauksen uskotuksi täysin.',
  'evidence.dimensions': 'Ulottuvuudet, joita se tukee',

  'stages.heading': 'Vaiheet ja kierrokset',
  'stages.intro':
    'Kunkin ostovaiheen kesto (opettaja voi muuttaa niitä istunnoittain) ja kuinka monta ostoa seuraa toisiaan.',
  'stages.minutes': '{stage} (minuuttia)',
  'stages.questions': 'Kysymyksiä myyjää kohden',
  'stages.questionsHelp':
    'Kuinka monta kysymystä kukin myyjätiimi saa esittää tarpeen tunnistamisessa: vähemmät kysymykset tekevät tarvekartoituksesta valinnan.',
  'stages.bafo': 'Parhaat ja lopulliset tarjoukset sallittu',
  'stages.bafoHelp':
    'Jäsen voi kerran kierroksessa pyytää myyjiä laskemaan hintaansa; jäsenet äänestävät sitten uudelleen.',
  'rounds.count': 'Kierrokset (1–3)',
  'rounds.countHelp':
    'Jokainen kierros on yksi osto; seuraavassa toimituksessa rikotut lupaukset maksavat luottamusta ja nykyisen toimittajan aseman.',
  'rounds.next': 'Seuraavien kierrosten ostotilanne',
  'rounds.nextHelp':
    'Jätä se arvioinnille (lupaukset pidetty: suora uudelleenosto; vajaus: muokattu uudelleenosto; rikkomus tai ei sopimusta: uusi osto), tai kiinnitä se.',
  'rounds.nextDecided': '(hankinnan jälkeinen arviointi ratkaisee)',
  'rounds.carryTrust': 'Luottamus siirtyy',
  'rounds.carryTrustHelp': 'Kierroksella ansaittu tai menetetty luottamus säilyy seuraavaan.',

  'translations.heading': 'Käännökset',
  'translations.intro':
    'Skenaarion jokainen teksti, yksi sarake kutakin valittua kieltä kohden. Puuttuvat luetellaan ensin; jokainen linkki vie laatikkoonsa.',
  'translations.one': 'Valitse toinen kieli kohdassa ”Tapaus”, niin voit kääntää rinnakkain.',
  'translations.missing':
    '{count, plural, =0 {Yhtään käännöstä ei puutu.} one {# käännös puuttuu:} other {# käännöstä puuttuu:}}',
  'translations.caption': 'Tekstit kielittäin',
  'translations.field': 'Teksti',

  'teach.heading': 'Opettaako se?',
  'teach.intro':
    'Pelaa tapauksen boteilla: jokainen myyjästrategioiden pari jokaisella kierroksella (komennon `npm run lessons` turnaus), sitten tarkistaa opetukset — resonoivan keskittymisen pitäisi ansaita eniten, liioittelun ja hinnanalennusten ei pitäisi kannattaa — ja kertoo, mitä lukuja muuttaa, kun tarkistus ei pidä. Se toimii taustalla; tapaus vie muutaman sekunnin.',
  'teach.run': 'Opettaako se?',
  'teach.running': 'Pöydät pelaavat…',
  'teach.failed': 'Turnaus pysähtyi virheeseen.',
  'teach.invalid':
    '{count, plural, one {Korjaa ensin # virhe: tapauksen on läpäistävä tarkistus, jotta sitä voi pelata.} other {Korjaa ensin # virhettä: tapauksen on läpäistävä tarkistus, jotta sitä voi pelata.}}',
  'teach.holds': 'Jokainen opetuksen tarkistus pitää tässä tapauksessa.',
  'teach.fails':
    '{failed}/{count} opetuksen tarkistusta ei pidä tässä tapauksessa: katso alta, mitä lukuja muuttaa.',
  'teach.figures':
    '{runs, plural, one {# ajo} other {# ajoa}}, {rounds, plural, one {# kierros} other {# kierrosta}} pöytää kohden, {seconds} s.',
  'teach.checks': 'Opetuksen tarkistukset',
  'teach.ok': 'pitää:',
  'teach.fail': 'ei pidä:',
  'teach.strategies': 'Voittoprosentit ja katteet strategioittain',
  'teach.strategiesCaption': 'Miten kukin myyjästrategia pärjäsi kaikkia muita vastaan',
  'teach.strategy': 'Strategia',
  'teach.bids': 'Tarjouksia',
  'teach.winRate': 'Voittoprosentti',
  'teach.meanMargin': 'Keskimääräinen kate ({currency})',
  'teach.totalMargin': 'Kate yhteensä ({currency})',
  'teach.advice': 'Mitä lukuja muuttaa',
  'teach.noAdvice': 'Ei muutettavaa.',
  'teach.goTo': 'Siirry kenttään',

  'strategy.all-benefits': 'Kaikki hyödyt',
  'strategy.favorable-points-of-difference': 'Suotuisat erot',
  'strategy.resonating-focus': 'Resonoiva keskittyminen',
  'strategy.overclaim': 'Liioitellut lupaukset',
  'strategy.claim-must-haves': 'Jokaisen ehdottoman vaatimuksen lupaaminen',
  'strategy.price-at-cost': 'Hinnoittelu omakustannushintaan',
  'strategy.max-evidence': 'Kaiken näytön ostaminen',
  'strategy.no-discovery': 'Tarvekartoituksen ohittaminen',

  'lesson.focus-order':
    'Resonoiva keskittyminen tuottaa enemmän katetta kuin suotuisat erot, ja suotuisat erot enemmän kuin kaikki hyödyt (kate yhteensä)',
  'lesson.focus-order.detail': 'resonoiva keskittyminen {rf}, suotuisat erot {fpd}, kaikki hyödyt {ab}',
  'lesson.overclaim':
    'Liioitellut lupaukset tuottavat vähemmän kuin rehellinen resonoiva keskittyminen, ja ostokeskus päättää huonommin pöydissä, joissa niitä käytetään',
  'lesson.claim-must-haves':
    'Jokaisen ehdottoman vaatimuksen lupaaminen tuottaa vähemmän kuin rehellinen resonoiva keskittyminen, ja ostokeskus päättää huonommin pöydissä, joissa sitä käytetään',
  'lesson.cheat.detail':
    '{margin} vastaan {rf}; päätöksen laatu {quality} näissä pöydissä vastaan {honest} samoissa pöydissä rehellisen myyjän kanssa ({elsewhere} kaikissa pöydissä ilman sitä)',
  'lesson.price-at-cost':
    'Hinnoittelu omakustannushintaan voittaa vähintään yhtä usein kuin resonoiva keskittyminen mutta tuottaa vähemmän katetta',
  'lesson.price-at-cost.detail': 'voittoprosentti {winRate} vastaan {rfWinRate}; kate {margin} vastaan {rf}',
  'lesson.max-evidence': 'Kaiken näytön ostaminen tuottaa vähemmän katetta kuin resonoiva keskittyminen',
  'lesson.no-discovery':
    'Tarvekartoituksen ohittaminen tuottaa vähemmän katetta kuin resonoiva keskittyminen tarvekartoituksen kanssa',
  'lesson.margins.detail': '{margin} vastaan {rf}',
  'lesson.classified': 'Tunnistetaan omaksi strategiakseen vähintään 90 %:ssa tarjouksistaan: {strategy}',
  'lesson.classified.detail': '{share} ({count}/{bids})',
  'lesson.purchase-type': 'Ostotilanteen vaihtaminen ({from} → {to}) muuttaa tuloksia',
  'lesson.purchase-type.detail':
    'suurin muutos voittoprosentissa: {strategy}, {points, plural, one {# prosenttiyksikkö} other {# prosenttiyksikköä}}',

  'advice.unweighed':
    'Kukaan jäsen ei painota ulottuvuutta ”{dimension}”: se ei voi muuttaa yhtään ääntä. Anna sille painoa jollakin jäsenellä (hänen liukusäätimillään) tai poista se.',
  'advice.mustHaveUnmet':
    'Kukaan myyjä ei yllä tasolle {level} ulottuvuudella ”{dimension}”, ei edes optioineen (paras {best}): jokainen tarjous jää jäsenen {role} ehdottomasta vaatimuksesta. Laske vähimmäistasoa tai nosta jonkin myyjän tasoa.',
  'advice.cannotWin':
    'Myyjä {seller} ei voi voittaa ilman tappiota: vaikka se hinnoittelisi omakustannukseen kaikkine optioineen, sen tarjous on yksikköä kohden {gap} vähemmän arvoinen kuin kilpailijan listahinnalla. Nosta sen tasoja siinä, mitä vaikutusvaltaiset jäsenet painottavat, tai laske sen yksikkökustannusta.',
  'advice.imbalanced':
    'Listahinnalla myyjän {strong} tarjous on yksikköä kohden {gap} arvokkaampi kuin myyjän {weak} (yli puoli tasopistettä, {half}): heikompi voittaa harvoin. Laske myyjän {weak} listahintaa tai nosta sen tasoja siellä, mistä jokin vaikutusvaltainen jäsen välittää.',
  'advice.noBafo':
    'Parhaita ja lopullisia tarjouksia ei sallita: viesti voi silloin muuttaa vain sen, kuka voittaa, ei koskaan hintaa, joten kun sama myyjä voittaa joka pöydässä, kaikki strategiat ansaitsevat saman eikä oppi näy. Salli ne.',
  'advice.check.focus':
    'Resonoiva keskittyminen ei tule ensin: jäsenten painot ovat liian tasaisia, tai kaikki haluavat samaa. Anna jokaiselle vaikutusvaltaiselle jäsenelle yksi tai kaksi ulottuvuutta vähintään 40 pisteellä, eri ulottuvuudet eri jäsenille, ja anna myyjien johtaa eri ulottuvuuksilla.',
  'advice.check.overclaim':
    'Liioittelu kannattaa tai ei johda harhaan: nosta jäsenten riskin välttämistä, laske myyjien luottamusta tai pelaa kaksi kierrosta, jotta rikotut lupaukset maksavat nykyisen toimittajan aseman.',
  'advice.check.claimMustHaves':
    'Ehdottomien vaatimusten lupaaminen kannattaa: tee ehdottomista vaatimuksista aineellisia ulottuvuuksia (jäsenet voivat tarkistaa ne), nosta niitä asettavien jäsenten riskin välttämistä tai pelaa kaksi kierrosta.',
  'advice.check.priceAtCost':
    'Hinnanalennus ei opeta sitä, mitä sen pitäisi: nosta yhden tasopisteen arvoa tai kasvata yksikkökustannuksen ja listahinnan eroa.',
  'advice.check.maxEvidence':
    'Kaiken näytön ostaminen kannattaa: nosta näytön kustannuksia tai laske sen uskottavuutta.',
  'advice.check.noDiscovery':
    'Kysyminen ei kannata: anna päähuolenaiheille avainsanoja, joista myyjä kysyisi, painota huolenaiheiden ulottuvuuksia enemmän ja tee jäsenten prioriteeteista erilaisia kuin kertomus antaa ymmärtää.',
  'advice.check.classified':
    'Strategian esitys luetaan toiseksi: tee ulottuvuuksista erilaisempia (luokat ja myyjien tasot).',
  'advice.check.purchaseType':
    'Ostotilanne ei muuta mitään: anna nykyiselle toimittajalle historia pidettäväksi (kaksi kierrosta) tai tee jäsenistä riskiä välttävämpiä, jotta nykyisen toimittajan tuttuus painaa.',

  'preview.heading': 'Esikatsele paikat',
  'preview.intro':
    'Kunkin paikan rooliohje ja pöytä niin kuin opiskelija näkee ne kierroksen alkaessa, luonnoksesta tehtynä (mitään ei tallenneta).',
  'preview.open': 'Esikatsele jokainen paikka',
};
