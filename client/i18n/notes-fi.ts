// The teaching notes' sentences in Suomi: every key of notes-en.ts (the type check fails if one is missing).
import type { NoteKey } from './notes-en.ts';

export const notesFi: Record<NoteKey, string> = {
  // The debrief's groundwork lines (who drafted, who prepared, what the proposal kept).
  'debrief.groundwork': 'Pohjatyö ennen tarjousta',
  'debrief.draftLine':
    '{seller}, tuotepäällikön luonnos ({player}): {options, plural, one {# optio} other {# optiota}} ja {claims, plural, one {# lupaus} other {# lupausta}}, vastaajina {members}; tarjous säilytti optioista {keptOptions} ja lupauksista {keptClaims}.',
  'debrief.evidenceLine':
    '{seller}, asiakaspalvelu ({player}): valmisteli näyttöä: {evidence}, vastaajille {members}; tarjous säilytti niistä {kept}.',
  'debrief.noAnswers': 'ei ketään',
  'debrief.aBot': 'botti',
  'noteConcept.discovery': 'Tarvekartoitus',
  'noteConcept.points-of-difference': 'Erot ja yhdenvertaisuus',
  'noteConcept.value-proposition': 'Arvolupaus',
  'noteConcept.credibility': 'Uskottavuus',
  'noteConcept.pricing': 'Hinta ja arvo',
  'noteConcept.specification': 'Vaatimusmäärittely',
  'noteConcept.buying-center-roles': 'Roolit ostokeskuksessa',
  'noteConcept.decision-quality': 'Päätöksen laatu',
  'noteConcept.purchase-type': 'Ostotilanne',
  'note.next': 'Ensi kerralla: {text}',
  'note.missed-priority':
    'Hyöty {dimension} on jäsenen {member} tärkeimpiä prioriteetteja ({weight}/100 pistettä). {seller} ei löytänyt sitä eikä korostanut sitä jäsenelle {member}: {asked, plural, =0 {se ei kysynyt jäseneltä mitään} one {se kysyi jäseneltä # kysymyksen} other {se kysyi jäseneltä # kysymystä}}.',
  'next.ask': 'Kysy jäseneltä {member} hyödystä {dimension}.',
  'note.contention':
    '{seller} korosti hyötyä {dimension} viestissään jäsenelle {member}, mutta {rival} lupaa siinä tason {rivalLevel} (oma taso {own}): kiistanalainen kohta. Siksi {member} uskoi kaikkia toimittajan {seller} lupauksia vähemmän ({count, plural, one {# kiistanalainen hyöty} other {# kiistanalaista hyötyä}}).',
  'next.stress-instead':
    'Korosta jäsenelle {member} sen sijaan hyötyä {alt}: toimitat tason {altOwn}, eikä kukaan kilpailija lupaa enempää kuin {altRival}.',
  'next.state-level':
    'Ilmoita tasosi hyödyssä {dimension}: toimitat tason {delivered}, enemmän kuin yksikään kilpailija lupaa.',
  'next.drop': 'Jätä {dimension} pois siitä, mitä korostat jäsenelle {member}.',
  'note.focus':
    'Toimittajan {seller} arvolupaus: {type}. Se ei kertonut jäsenelle {member} hyödystä {dimension}, joka on tämän tärkeimpiä prioriteetteja ja jossa se toimittaa tason {own} ja {rival} tason {rivalLevel}: ero, joka resonoi.',
  'next.resonate': 'Aloita viestisi jäsenelle {member} hyödystä {dimension}.',
  'note.fit.keep-relationship':
    'Asiakassuhteen säilyttämiseksi nykyinen toimittaja korostaa muita kuin taloudellisia aineettomia hyötyjä. {seller} ei korostanut, vaikka se toimittaa hyödyssä {dimension} tason {own} ja {rival} tason {rivalLevel}.',
  'note.fit.win-new-business':
    'Uuden asiakkaan voittamiseksi korosta aineellista hyötyä, jossa olet edellä. {seller} ei korostanut, vaikka se toimittaa hyödyssä {dimension} tason {own} ja {rival} tason {rivalLevel}.',
  'next.lead-with': 'Korosta ensimmäisenä hyötyä {dimension}.',
  'note.overclaim':
    '{seller} lupasi hyödyssä {dimension} tason {claimed}, mutta toimittaa tason {delivered} (yhteensä {count, plural, one {# lupaus} other {# lupausta}} yli toimituksen).',
  'note.overclaim.caught':
    'Jäsenen {caughtBy} tarkistus paljasti sen, ja siitä lähtien ostokeskus uskoi kaikkia toimittajan {seller} lupauksia vähemmän.',
  'note.overclaim.damages': 'Se maksoi vahingonkorvauksia {damages}.',
  'next.add-option':
    'Ota mukaan optio, joka nostaa hyötyä {dimension} {lift, plural, one {# tasolla} other {# tasolla}}, tai lupaa taso {delivered}.',
  'next.claim-delivered': 'Lupaa hyödyssä {dimension} taso {delivered}: se, minkä toimitat.',
  'note.tangibilize':
    '{seller} korosti aineetonta hyötyä {dimension} lupauksella, joka ylittää jäsenten oletuksen, eikä mikään näyttö tukenut sitä.',
  'next.add-evidence': 'Lisää näyttö ({evidence}) hyödystä {dimension} (hinta {cost}).',
  'note.value-left':
    '{seller} voitti hinnalla {price} yksiköltä ja olisi voinut pyytää jopa {max} ja silti olla paras ({headroom} enemmän).',
  'next.price-up': 'Hinnoittele lähemmäs hintaa {max}, kun ostokeskus näkee tarjouksesi kuten tällä kertaa.',
  'note.bafo':
    '{member} pyysi toimittajalta {seller} parasta ja lopullista tarjousta: sen hinta muuttui {before} → {after} yksiköltä ({total} koko sopimuksessa).',
  'note.bafo.kept':
    '{member} pyysi toimittajalta {seller} parasta ja lopullista tarjousta; se piti hintansa {after} yksiköltä.',
  'note.bafo.target': 'Ostokeskuksen tavoitehinta oli {target}.',
  'note.bafo.same': '{leaderAfter} johti ostokeskuksen koetussa arvossa sekä ennen että jälkeen.',
  'note.bafo.changed': 'Johto ostokeskuksen koetussa arvossa siirtyi: {leaderBefore} → {leaderAfter}.',
  'next.concede-less':
    'Olit johdossa jo ennen parasta ja lopullista tarjousta: vastaa pienemmällä alennuksella kuin {cut}.',
  'next.held': 'Pidit hintasi ja voitit: pidä se taas, kun olet johdossa.',
  'next.lead-on-value':
    'Tee ensimmäisestä tarjouksestasi voittava arvolla, jotta parhaan ja lopullisen tarjouksen ei tarvitse laskea hintaa.',
  'next.value-not-price':
    'Pelkällä hinnalla voittaminen olisi vaatinut hinnan {needed} tai alle, enintään yksikkökustannuksesi {cost}: kilpaile mieluummin arvolla.',
  'next.no-price-wins': 'Mikään hinta ei olisi tehnyt sinusta parasta: kilpaile mieluummin arvolla.',
  'next.price-floor':
    'Voittaminen olisi vaatinut hinnan {needed} tai alle: päätä ennen kierrosta, kuinka alas olet valmis menemään.',
  'note.bafo-buyer': '{member} pyysi parasta ja lopullista tarjousta: {sellers}.',
  'note.bafo-buyer.saved': 'Se säästi {saved} sopimuksessa toimittajan {winner} kanssa.',
  'next.state-target': 'Sopimuksessa ei säästetty mitään: kerro tavoitehinta, kun pyydät tarjousta.',
  'next.compare-value': 'Vertaa ennen äänestystä tarjousten arvoa koko ostokeskukselle, älä vain hintoja.',
  'next.bafo-again':
    'Kun tarjoukset ovat lähellä toisiaan, pyydä taas parasta ja lopullista tarjousta: tämä säästi {saved}.',
  'note.spec-void':
    'Sopimus toimittajan {seller} kanssa mitätöityi vastaanotossa: vaatimusmäärittely edellyttää hyödyltä {dimension} vähintään tasoa {minLevel} (ehdotti {by}); {seller} lupasi tason {claimed}, toimittaa tason {delivered} ja maksoi sopimussakkoa {penalty}.',
  'note.spec-void.claim':
    'Sopimus toimittajan {seller} kanssa mitätöityi vastaanotossa: {seller} lupasi hyödylle {dimension} tason {claimed}, ja vastaanottotarkastus mittasi tason {delivered}. Aineellinen hyöty voidaan testata, joten luvattu taso on sopimuksen ehto; {seller} maksoi sopimussakkoa {penalty}.',
  'next.state-delivered':
    'Lupaa aineellisesta hyödystä vain se, minkä tarjouksesi optioineen toimittaa: vastaanottotarkastus mittaa sen.',
  'next.check-claim': 'Tarkista toimittajan {about} lupaus hyödystä {dimension} ennen kuin äänestät.',
  'next.ask-evidence': 'Pyydä toimittajalta {about} näyttöä hyödystä {dimension} ennen kuin äänestät.',
  'next.deliver-must-have':
    'Ota mukaan optiot, jotka nostavat hyödyn {dimension} tasolle {minLevel}: ehdoton vaatimus, jonka lupaat täyttäväsi, on sopimuksen ehto.',
  'note.spec-gate':
    'Ehdoton vaatimus {dimension} vähintään {minLevel} (ehdotti {by}) sulki pois toimittajan {seller}: sen tarjooma yltää enintään tasolle {reach}.',
  'next.gate-cost':
    'Ennen kuin hyväksyt ehdottoman vaatimuksen, kysy, kenet se sulkee pois: tämä sulki pois toimittajan {seller}.',
  'next.shape-spec':
    'Keskustele jäsenen {by} kanssa hyödystä {dimension} ennen kuin vaatimusmäärittely julkaistaan.',
  'note.spec-weight':
    'Hyödyn {dimension} paino ({share} julkaistuista arviointiperusteista, ehdotti {by}) nosti toimittajan {leader} muodollisessa arvioinnissa toimittajan {without} edelle; muodollinen arviointi painoi päätöksessä {formality}.',
  'note.spec-weight.outcome': 'Ilman sitä ostokeskus olisi valinnut toimittajan {without}.',
  'next.weigh-priorities':
    'Aseta vaiheessa 2 painot jäsenten tärkeimpien prioriteettien mukaan: yksi paino voi ratkaista muodollisen järjestyksen.',
  'next.read-criteria':
    'Lue julkaistut arviointiperusteet ennen tarjoamista: hyödyn {dimension} osuus niistä on {share}.',
  'note.pivotal-vote':
    'Jäsenen {member} ääni ({share} annetuista äänistä) ratkaisi: ilman sitä {without} olisi voittanut toimittajan {seller} sijaan.',
  'note.pivotal-vote.none':
    'Jäsenen {member} ääni ({share} annetuista äänistä) ratkaisi: ilman sitä ketään ei olisi valittu.',
  'note.pivotal-vote.alone':
    '{member} antoi tässä hankinnassa ainoan äänen, jolla oli painoa, ja valitsi toimittajan {seller}.',
  'next.check-before-vote': 'Tarkista toimittajan {seller} lupaus hyödystä {check} ennen kuin äänestät.',
  'next.say-why': 'Kerro ostokeskukselle ennen äänestystä, miksi äänestät niin kuin äänestät.',
  'next.address-member':
    'Kirjoita jäsenelle {member} viesti hyödystä {top}, joka on tämän tärkein prioriteetti.',
  'note.sign-off-rejection': '{member} torjui toimittajan {seller} hyväksynnässä.',
  'note.sign-off-rejection.after': 'Sopimus meni toimittajalle {winner}.',
  'note.sign-off-rejection.none': 'Toimittajaa ei valittu.',
  'next.spec-must-have':
    'Kirjaa ehtosi vaatimusmäärittelyyn vaiheessa 2: ehdota ehdottomaksi vaatimukseksi {dimension} vähintään {minLevel}.',
  'next.spec-weight': 'Kirjaa ehtosi vaatimusmäärittelyyn vaiheessa 2: ehdota painoa hyödylle {dimension}.',
  'next.ask-approver': 'Kysy jäseneltä {member} hyödystä {dimension} ennen tarjoamista: hyväksyntä on hänen.',
  'note.decision-quality':
    'Ostokeskus valitsi toimittajan {seller}: sen arvo on {quality} pöydän parhaasta arvosta (toimittaja {best}).',
  'note.decision-quality.over':
    '{member} uskoi toimittajan {about} tasoksi hyödyssä {dimension} {believed}; se toimittaa tason {delivered}.',
  'note.decision-quality.under':
    '{member} uskoi toimittajan {about} tasoksi hyödyssä {dimension} vain {believed}; se toimittaa tason {delivered}.',
  'note.decision-quality.price':
    'Yhdenkään päättävän jäsenen uskomus ei poikennut toimitetusta tasosta neljännestasoa tai enempää.',
  'note.unvoiced-priority':
    'Hyödyllä {dimension}, jäsenen {member} tärkeimmällä prioriteetilla ({weight}/100 pistettä), ei ollut painoa julkaistuissa arviointiperusteissa: muodollinen arviointi ohitti sen.',
  'note.unvoiced-priority.sought': '{member} oli merkinnyt sen haetuksi hyödyksi.',
  'note.unvoiced-priority.unsought': '{member} ei ollut merkinnyt sitä haetuksi hyödyksi.',
  'next.mark-sought':
    'Merkitse {dimension} haetuksi hyödyksi vaiheessa 1 ja ehdota sille painoa vaiheessa 2.',
  'next.propose-weight': 'Ehdota vaiheessa 2 painoa hyödylle {dimension}.',
  'note.purchase-type':
    'Hankinnan jälkeinen arviointi muuttaa ostotilanteen: nyt {type}, seuraavaksi {nextType}.',
  'note.purchase-type.fixed': 'Seuraava kierros muuttaa ostotilanteen: nyt {type}, seuraavaksi {nextType}.',
  'next.expect-new-task':
    'Uudessa ostossa koko ostokeskus päättää ja etsii laajasti: kysy jokaiselta jäseneltä.',
  'next.expect-modified-rebuy':
    'Muokatussa uudelleenostossa nykyinen toimittaja on haavoittuvainen: selvä ero voi voittaa.',
  'next.expect-straight-rebuy':
    'Suorassa uudelleenostossa päättää hankinta (keskitetyssä ostokeskuksessa yhdessä yleisjohdon kanssa), ja nykyinen toimittaja on etulyöntiasemassa.',
  'noteConcept.derived-demand': 'Johdettu kysyntä',
  'note.market-shift':
    'Markkinauutinen: ostajan asiakkaat vaativat enemmän ominaisuutta {dimension}. Ostokeskuksessa se muutti jäsenen {member} painotuksia: {dimension} nousi {weightBefore} pisteestä {weightAfter} pisteeseen (100:sta).',
  'note.market-shift.stressed': 'Myyjän {seller} lopullinen tarjous korosti ominaisuutta {dimension}.',
  'note.market-shift.missed': 'Myyjän {seller} lopullinen tarjous ei korostanut ominaisuutta {dimension}.',
  'note.market-shift.delivered':
    'Valittu tarjous, myyjän {winner}, tuottaa tason {delivered} ominaisuudessa {dimension}.',
  'note.customer-need':
    'Ostajan omat asiakkaat tarvitsevat ominaisuutta {dimension}. Myyjä {seller} toimittaa siinä tason {own}, eikä kukaan kilpailija enempää kuin {rivalLevel}, mutta sen lopullinen tarjous ei korostanut sitä kenellekään: ostajan markkinan tarve, johon se olisi voinut vastata.',
  'note.customer-need.addressed':
    'Myyjä {seller} korosti ominaisuutta {dimension}, jota ostajan omat asiakkaat tarvitsevat, ja toimittaa siinä tason {own}, kilpailija enintään {rivalLevel}: se voitti sopimuksen.',
  'next.stress-customers':
    'Näytä markkinoinnille, miten ominaisuutesi {dimension} palvelee ostajan asiakkaita: toimitat tason {own}.',
  'next.keep-customers': 'Sido tarjouksesi jatkossakin siihen, mitä ostajan omat asiakkaat tarvitsevat.',
  'next.ask-after-news':
    'Kun markkinat liikkuvat, kysy kenen painotuksia ne muuttivat ja kuinka paljon, ja korosta sitä, mitä he nyt painottavat.',
  'next.voice-news':
    'Kun asiakkaidesi kysyntä muuttaa prioriteettejasi, kerro se: ehdota painoa ominaisuudelle {dimension} tai kerro myyjille.',
};
