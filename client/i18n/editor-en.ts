// English: the scenario editor (client/instructor/editor/). The key type of the editor's dictionary: a key missing
// in Finnish or Polish fails the type check. Each field's note says what the number does in play (docs/rules.md).
export const editorEn = {
  'editor.heading': 'Scenario editor',
  'editor.intro':
    'Write a case in forms: every field says what it does in play, problems show at their field as you type, and "Does it teach?" plays the case with bots before your class does. The draft is kept in this browser until you save it.',
  'start.heading': 'Start a scenario',
  'start.blank': 'New from blank',
  'start.import': 'Open a file…',
  'start.bundled': 'Start from a bundled scenario',
  'start.copy': 'Edit a copy',
  'start.template': 'Download as a template',
  'start.saved': 'Your saved scenarios',
  'start.savedNone': 'Nothing saved yet: a scenario you save appears here and on the create screen.',
  'start.edit': 'Edit',
  'start.duplicate': 'Duplicate',
  'start.download': 'Download',
  'start.delete': 'Delete',
  'start.replace': 'Replace the scenario you are editing? What is not saved is lost.',
  'start.confirmDelete':
    'Delete the saved scenario "{title}"? Sessions already played with it keep their copy.',

  'toolbar.label': 'Scenario',
  'toolbar.save': 'Save on the server',
  'toolbar.saveAgain': 'Save changes',
  'toolbar.download': 'Download the file',
  'toolbar.play': 'Play it now with bots',

  'status.openFailed': 'That scenario could not be opened.',
  'status.notJsonAt': '{name} is not valid JSON: it breaks at line {line}, column {column}.',
  'status.notObject': '{name} holds no JSON object: a scenario file is one object.',
  'status.imported': '{name} opened: check the problems below, then save it.',
  'status.fixFirst':
    '{count, plural, one {Fix the # problem first: it is listed above.} other {Fix the # problems first: they are listed above.}}',
  'status.serverProblems':
    '{count, plural, one {The server found # problem.} other {The server found # problems.}}',
  'status.saved': 'Saved: "{title}". It is listed on the create screen.',
  'status.downloaded': 'Downloaded. `npm run scenario:check` accepts the file.',
  'status.downloadedInvalid':
    '{count, plural, one {Downloaded with # problem still in it.} other {Downloaded with # problems still in it.}}',

  'check.valid': 'No problems: the scenario is ready to save and play.',
  'check.problems':
    '{count, plural, one {# problem — each is shown at its field} other {# problems — each is shown at its field}}',

  'action.add': 'Add {what}',
  'action.remove': 'Remove {what}',
  'field.id': 'Id',
  'field.label': 'Name shown',
  'field.description': 'Description',
  'field.dimension': 'Benefit dimension',

  'case.heading': 'The case',
  'case.intro':
    'What the class sees first: the title, the industry and the summary, and the learning objectives you show on the create screen and the projector.',
  'case.id': 'Scenario id',
  'case.idHelp': 'Lower-case letters, digits and dashes. It names the file; players never see it.',
  'case.title': 'Title',
  'case.titleHelp': 'Shown on every phone and on the projector.',
  'case.industry': 'Industry',
  'case.summary': 'Summary',
  'case.summaryHelp': 'One or two sentences: what is being bought, and why now.',
  'case.languages': 'Languages',
  'case.languagesHelp':
    'Every text needs words in each language you tick; the translations table below lists what is missing. A class plays in one of them.',
  'case.objectives': 'Learning objectives',
  'case.objectivesHelp':
    'What students should take away; shown to you and on the projector, never on the phones.',
  'case.objective': 'Objective {n}',
  'case.objectiveOne': 'an objective',
  'case.minutes': 'Suggested length (minutes)',
  'case.minutesHelp': 'Shown on the create screen; the stage timers below decide the real length.',
  'case.purchaseType': 'Purchase type',
  'case.purchaseTypeHelp':
    'A straight rebuy favours the incumbent and allows few checks; a new task has no incumbent, and members check claims and ask more. A rebuy needs exactly one incumbent seller; a new task none.',

  'economics.heading': 'Economics',
  'economics.intro':
    'The money side: every price is per unit, and the contract is the unit price times the quantity.',
  'economics.currency': 'Currency',
  'economics.currencyHelp': 'Three capital letters (EUR, USD, PLN).',
  'economics.quantity': 'Quantity',
  'economics.quantityHelp':
    'Units in the contract: margins, damages and the evidence costs compare at this scale. A seller earns (price − unit cost) × quantity, less the evidence it buys.',
  'economics.unit': 'Unit',
  'economics.unitHelp': 'What one unit is ("monitor", "tonne"): shown beside every price.',
  'economics.valuePerPoint': 'Value of one level point (per unit)',
  'economics.valuePerPointHelp':
    'What one point of weighted benefit level is worth to the buyer, per unit, in money. It is the exchange rate between benefits and price: with 4000, a level point more on what members weigh is worth 4000 more per unit. Too small and price decides everything (price-at-cost wins); too large and price hardly matters. Start near a third to a half of the list price.',

  'firm.heading': 'The buying firm',
  'firm.intro': 'Who buys: its story and its figures, shown to every seat in the brief.',
  'firm.name': 'Firm name',
  'firm.narrative': 'Narrative',
  'firm.narrativeHelp':
    'The situation, in a paragraph: what went wrong or what changes, who cares. Sellers read it to guess what matters.',
  'firm.firmographics': 'Firmographics',
  'firm.firmographicsHelp':
    'The figures a seller would look up: they colour the briefs, the model does not read them.',
  'firm.employees': 'Employees',
  'firm.revenue': 'Revenue (millions)',
  'customers.heading': "The buyer's own customers (optional)",
  'customers.help':
    "Derived demand: who the buying firm sells to and what they need of it. Every seat reads it as what is known of the buyer's market; the marketing member must weigh each benefit you tick.",
  'customers.who': 'Who they are',
  'customers.needs': 'What they need of the buyer',
  'customers.dimensions': 'Benefits those needs map to (1 to 3):',
  'customers.one': "the buyer's customers",
  'segment.heading': 'The buyer as a segment (optional)',
  'segment.help':
    "For sessions whose tables play different buyers: what the fields above do not already say. Industry, size, ownership, the buying situation and the buying center's size, formality, centralization and decision rule come from them.",
  'segment.label': 'Segment name',
  'segment.behavioral': 'How it buys (behavioral)',
  'segment.needs': 'What it needs most (needs-based)',
  'segment.firmographic': 'More firmographic facts',
  'segment.decisionProcess': 'More of how it decides (decision process)',
  'segment.one': 'the segment',
  'firm.optional': 'Optional.',
  'firm.location': 'Location',
  'firm.ownership': 'Ownership',
  'ownership.private': 'Private',
  'ownership.public': 'Listed',
  'ownership.government': 'Government',
  'ownership.non-profit': 'Non-profit',
  'ownership.cooperative': 'Cooperative',

  'obc.heading': 'How the buying center decides',
  'obc.intro':
    'The organisation of the purchase: how formal, how central, and by what rule the members choose.',
  'obc.formality': 'Formality',
  'obc.formalityHelp':
    "The share of the decision that follows the written evaluation (procurement reading each proposal against the published criteria) rather than the members' votes: 0.1 (low), 0.25 (medium), 0.4 (high). High formality rewards a proposal that scores on the specification.",
  'obc.centralization': 'Centralization',
  'obc.centralizationHelp':
    "How much general management's vote weighs: ×0.5 (low), ×1 (medium), ×2 (high). With high centralization general management also decides beside procurement in a straight rebuy.",
  'obc.rule': 'Decision rule',
  'obc.ruleHelp': 'How the votes are counted.',
  'rule.influence-weighted-vote': 'Votes weighted by influence',
  'rule.majority-vote': 'Majority vote (one member, one vote)',
  'rule.single-decider': 'One member decides',
  'obc.decider': 'Who decides',
  'obc.deciderHelp': 'For "one member decides" only: that member’s vote is the decision.',
  'obc.noDecider': '(nobody: the votes decide)',
  'obc.ruleDescription': 'The rule in words',
  'obc.ruleDescriptionHelp': 'Shown to every seat, so sellers know whom to convince.',
  'level.low': 'Low',
  'level.medium': 'Medium',
  'level.high': 'High',

  'dimensions.heading': 'Benefit dimensions',
  'dimensions.intro':
    'What an offer can be better or worse at, on levels 1 to 5. Price is not one of them: it is part of every offer, and each member counts it by their price sensitivity. To turn a draft that weighed price into dimensions, give price’s points to the others and raise the members’ price sensitivity instead.',
  'dimensions.list': 'Dimensions (2 to 12)',
  'dimensions.one': 'Dimension {n}',
  'dimensions.oneWord': 'a dimension',
  'dimensions.idHelp':
    'Lower-case letters, digits and dashes; renaming it here renames it everywhere it is used.',
  'dimensions.category': 'Category',
  'dimensions.categoryHelp':
    'Tangible benefits can be checked before the contract (a member may verify a claim); intangible ones only after delivery, so evidence matters more for them. Economic benefits save or earn money; non-economic ones do not.',
  'dimensions.descriptionHelp': 'What a level means on this dimension: sellers and members read it.',
  'category.economic-tangible': 'Economic, tangible',
  'category.non-economic-tangible': 'Non-economic, tangible',
  'category.economic-intangible': 'Economic, intangible',
  'category.non-economic-intangible': 'Non-economic, intangible',

  'members.heading': 'The buying center',
  'members.intro':
    'One to five members, each a seat a student (or a bot) plays. Their priorities are hidden: sellers must discover them by asking.',
  'members.list': 'Members',
  'members.listHelp': 'Influence sums to 100 across the members; at most one has sign-off power.',
  'members.one': 'Member {n}',
  'members.oneWord': 'a member',
  'members.role': 'Role',
  'members.roleHelp':
    'Each role sits once. Procurement reads the proposals in the formal evaluation and cares about payment terms; engineering about warranty; production about delivery time.',
  'members.title': 'Job title',
  'members.influence': 'Influence (points of 100)',
  'members.influenceHelp':
    "This member's share of the decision: their vote weighs this much, and the true value of an offer weighs their benefit by it.",
  'members.hierarchy': 'Hierarchy level',
  'members.hierarchyHelp':
    '1 is the top. Seats are dealt and bot sellers address the members in this order; the vote does not read it (influence and centralization do).',
  'members.signOff': 'Has sign-off power',
  'members.signOffHelp':
    'Approves the chosen offer after the vote: a refusal takes that seller out and the members vote again. A bot refuses an offer that misses its must-haves.',
  'members.veto': 'Has a veto',
  'members.vetoHelp': 'Like sign-off, a refusal takes the chosen seller out.',
  'members.brief': 'Brief',
  'members.briefHelp': 'What this seat reads as its role: the public side of the member, in their own voice.',
  'members.hidden': 'Hidden priorities (only this seat and the debrief see them)',
  'members.priceSensitivity': 'Price sensitivity (0–2)',
  'members.priceSensitivityHelp':
    'How much one unit of price costs this member in value: 0 ignores price, 1 counts it in full, 2 doubly. Procurement is usually near 1, engineering low.',
  'members.riskAversion': 'Risk aversion (0–1)',
  'members.riskAversionHelp':
    'How strongly this member discounts a claim no evidence backs: 0 trusts what sellers say, 1 believes only what is shown. High values make evidence and checks pay.',
  'weights.heading': 'Weights',
  'weights.help':
    'How much each dimension matters to this member, in points that sum to 100: moving one slider shares the rest among the others. A seller who stresses the dimensions the influential members weigh most (resonating focus) should earn most.',
  'weights.sum': 'Sum: {sum} of 100',
  'mustHaves.heading': 'Must-haves',
  'mustHaves.help':
    'A minimum level on a dimension: an offer that states less gets nothing from this member but its price. Make sure some seller can meet it (with its options), or nobody wins this vote.',
  'mustHaves.one': 'a must-have',
  'mustHaves.minLevel': 'Minimum level (1–5)',
  'mustHaves.minLevelHelp': 'The level an offer must state on that dimension.',
  'concerns.heading': 'Pet concerns',
  'concerns.help':
    'What this member worries about, for sellers to discover by asking: a question with one of the keywords makes a bot member reveal it.',
  'concerns.one': 'a concern',
  'concerns.dimensionHelp': 'The dimension the concern is about.',
  'concerns.text': 'The concern, in their words',
  'concerns.textHelp': 'Revealed to the seller who asks about it, and in the debrief.',
  'concerns.keywords': 'Keywords',
  'concerns.keywordsHelp':
    "Words, separated by commas, that in a seller's question touch this concern (at least two letters each).",

  'sellers.heading': 'Sellers and their offerings',
  'sellers.intro':
    'One to four seller teams. Each offering has a level per dimension, a cost and a list price; options and evidence are what a team may add to its proposal.',
  'sellers.list': 'Sellers',
  'sellers.listHelp':
    'A rebuy needs one incumbent; a new task none. Give the weaker seller a story: a dimension some influential member weighs where it leads.',
  'sellers.one': 'Seller {id}',
  'sellers.oneWord': 'a seller',
  'sellers.idHelp': 'One capital letter: A, B, C or D.',
  'sellers.name': 'Company name',
  'sellers.descriptionHelp': 'What the seller team reads about itself, and the buyer about it.',
  'sellers.incumbent': 'Incumbent supplier',
  'sellers.incumbentHelp':
    'The current supplier: members who dislike risk feel comfortable with it, and its record from earlier rounds counts for its promises.',
  'sellers.trust': 'Trust (0–1)',
  'sellers.trustHelp':
    'How far the buyer already believes this supplier: a trusted seller’s claims need less evidence.',
  'sellers.levels': 'Levels (1–5)',
  'sellers.levelsHelp':
    'The true level of the standard offering on each dimension; rivals see these (the datasheet), delivery keeps to them (plus options).',
  'sellers.unitCost': 'Unit cost',
  'sellers.unitCostHelp': 'What one unit costs the seller: the margin is the price minus this.',
  'sellers.listPrice': 'List price',
  'sellers.listPriceHelp':
    'The price per unit a proposal starts from; above the unit cost. Keep the sellers’ offers, at list price, within about half a level point of value of each other, or the weaker one rarely wins.',
  'options.heading': 'Options',
  'options.help':
    'Extras a seller may include: each lifts one dimension by 1 or 2 levels at a cost per unit.',
  'options.one': 'an option',
  'options.lift': 'Lift (levels)',
  'options.liftHelp': '1 or 2 levels more on the dimension, at most 5.',
  'options.unitCost': 'Extra cost per unit',
  'options.unitCostHelp': 'Added to the unit cost when the option is in the proposal.',
  'evidence.heading': 'Evidence',
  'evidence.help':
    'Proof a seller may buy for its claims: it closes part of the gap between doubt and belief for the dimensions it backs.',
  'evidence.one': 'evidence',
  'evidence.kind': 'Kind',
  'evidence.kind.case-study': 'Case study',
  'evidence.kind.third-party-report': 'Third-party report',
  'evidence.kind.pilot': 'Pilot',
  'evidence.kind.performance-guarantee': 'Performance guarantee',
  'evidence.cost': 'Cost (once, for the contract)',
  'evidence.costHelp':
    'Paid by the seller whether or not it wins: buying every piece of evidence should not pay (max-evidence earns less).',
  'evidence.credibility': 'Credibility (0–1)',
  'evidence.credibilityHelp': 'How much of the doubt it removes: 1 makes a backed claim fully believed.',
  'evidence.dimensions': 'Dimensions it backs',

  'stages.heading': 'Stages and rounds',
  'stages.intro':
    'The length of each buying stage (the instructor may change them per session), and how many purchases follow each other.',
  'stages.minutes': '{stage} (minutes)',
  'stages.questions': 'Questions per seller',
  'stages.questionsHelp':
    'How many questions each seller team may ask in need recognition: fewer questions make discovery a choice.',
  'stages.bafo': 'Best and final offers allowed',
  'stages.bafoHelp':
    'A member may ask sellers once a round to lower their price; the members then vote again.',
  'rounds.count': 'Rounds (1–3)',
  'rounds.countHelp':
    'Each round is one purchase; in the next, promises broken in delivery cost trust and the incumbency.',
  'rounds.next': 'Purchase type of the next rounds',
  'rounds.nextHelp':
    'Leave it to the evaluation (promises kept: a straight rebuy; a shortfall: a modified rebuy; a breach or no contract: a new task), or fix it.',
  'rounds.nextDecided': '(decided by the post-purchase evaluation)',
  'rounds.carryTrust': 'Trust carries over',
  'rounds.carryTrustHelp': 'Trust earned or lost in a round stays for the next.',

  'translations.heading': 'Translations',
  'translations.intro':
    'Every text of the scenario, one column per declared language. What is missing is listed first; each link goes to its box.',
  'translations.one': 'Declare a second language under "The case" to translate side by side.',
  'translations.missing':
    '{count, plural, =0 {No translation is missing.} one {# translation is missing:} other {# translations are missing:}}',
  'translations.caption': 'Texts by language',
  'translations.field': 'Text',

  'teach.heading': 'Does it teach?',
  'teach.intro':
    'Plays the case with bots: every pairing of seller strategies over every round (the tournament of `npm run lessons`), then checks the lessons — resonating focus should earn most, overclaiming and price cutting should not pay — and says which numbers to change where a check fails. It runs in the background; a case takes some seconds.',
  'teach.run': 'Does it teach?',
  'teach.running': 'Playing the tables…',
  'teach.failed': 'The tournament stopped with an error.',
  'teach.invalid':
    '{count, plural, one {Fix the # problem first: the case must pass the check to be played.} other {Fix the # problems first: the case must pass the check to be played.}}',
  'teach.holds': 'Every lesson check holds on this case.',
  'teach.fails': '{failed} of {count} lesson checks fail on this case: see which numbers to change below.',
  'teach.figures':
    '{runs, plural, one {# run} other {# runs}}, {rounds, plural, one {# round} other {# rounds}} per table, in {seconds} s.',
  'teach.checks': 'Lesson checks',
  'teach.ok': 'holds:',
  'teach.fail': 'fails:',
  'teach.strategies': 'Win rates and margins per strategy',
  'teach.strategiesCaption': 'How each seller strategy fared against every other',
  'teach.strategy': 'Strategy',
  'teach.bids': 'Bids',
  'teach.winRate': 'Win rate',
  'teach.meanMargin': 'Mean margin ({currency})',
  'teach.totalMargin': 'Total margin ({currency})',
  'teach.advice': 'Which numbers to change',
  'teach.noAdvice': 'Nothing to change.',
  'teach.goTo': 'Go to the field',

  'strategy.all-benefits': 'All benefits',
  'strategy.favorable-points-of-difference': 'Favorable points of difference',
  'strategy.resonating-focus': 'Resonating focus',
  'strategy.overclaim': 'Overclaiming',
  'strategy.claim-must-haves': 'Claiming every must-have',
  'strategy.price-at-cost': 'Pricing at cost',
  'strategy.max-evidence': 'Buying all the evidence',
  'strategy.no-discovery': 'Skipping discovery',

  'lesson.focus-order':
    'Resonating focus earns more than favorable points of difference, which earns more than all benefits (total margin)',
  'lesson.focus-order.detail':
    'resonating focus {rf}, favorable points of difference {fpd}, all benefits {ab}',
  'lesson.overclaim':
    'Overclaiming earns less than honest resonating focus, and buyers decide worse where it plays',
  'lesson.claim-must-haves':
    'Claiming every must-have earns less than honest resonating focus, and buyers decide worse where it plays',
  'lesson.cheat.detail':
    '{margin} against {rf}; decision quality {quality} where it plays against {honest} at the same tables with that seller honest ({elsewhere} at every table without it)',
  'lesson.price-at-cost': 'Pricing at cost wins at least as often as resonating focus but earns less',
  'lesson.price-at-cost.detail': 'win rate {winRate} against {rfWinRate}; margin {margin} against {rf}',
  'lesson.max-evidence': 'Buying all the evidence earns less than resonating focus',
  'lesson.no-discovery': 'Skipping discovery earns less than resonating focus with discovery',
  'lesson.margins.detail': '{margin} against {rf}',
  'lesson.classified': 'Read as its own strategy in at least 90 % of its bids: {strategy}',
  'lesson.classified.detail': '{share} ({count} of {bids})',
  'lesson.purchase-type': 'Changing the purchase type ({from} → {to}) changes the outcomes',
  'lesson.purchase-type.detail':
    'largest change in win rate: {strategy}, {points, plural, one {# percentage point} other {# percentage points}}',

  'advice.unweighed':
    'No member weighs the dimension "{dimension}": it cannot change any vote. Give it weight at a member (their sliders), or remove it.',
  'advice.mustHaveUnmet':
    'No seller reaches level {level} on "{dimension}", even with its options (best {best}): every offer fails the {role} member’s must-have. Lower the minimum level, or raise a seller’s level.',
  'advice.cannotWin':
    'Seller {seller} cannot win without a loss: even priced at its cost with every option, its offer is worth {gap} less per unit than a rival’s at list price. Raise its levels on what the influential members weigh, or lower its unit cost.',
  'advice.imbalanced':
    'At list price seller {strong}’s offer is worth {gap} more per unit than seller {weak}’s (more than half a level point, {half}): the weaker seller rarely wins. Lower {weak}’s list price, or raise its levels where an influential member cares.',
  'advice.noBafo':
    'Best-and-final offers are not allowed: the pitch can then change only who wins, never the price, so wherever one seller wins every table all the strategies earn the same and the lesson cannot show. Allow them.',
  'advice.check.focus':
    'Resonating focus does not come first: the members’ weights are too even, or they all want the same. Give each influential member one or two dimensions with 40 points or more, different between members, and let the sellers lead on different ones.',
  'advice.check.overclaim':
    'Overclaiming pays or does not mislead: raise the members’ risk aversion, lower the sellers’ trust, or play two rounds so that broken promises cost the incumbency.',
  'advice.check.claimMustHaves':
    'Claiming the must-haves pays: make the must-haves tangible dimensions (members can check them), raise the risk aversion of the members who hold them, or play two rounds.',
  'advice.check.priceAtCost':
    'Price cutting is not the lesson it should be: raise the value of one level point, or widen the gap between unit cost and list price.',
  'advice.check.maxEvidence':
    'Buying every piece of evidence pays: raise the evidence costs, or lower their credibility.',
  'advice.check.noDiscovery':
    'Asking questions does not pay: give the pet concerns keywords a seller would ask about, weigh the concerns’ dimensions more, and make members’ priorities differ from what the narrative suggests.',
  'advice.check.classified':
    'A strategy’s pitch is read as another: make the dimensions differ more (categories, and the levels of the sellers).',
  'advice.check.purchaseType':
    'The purchase type changes nothing: give the incumbent a record to keep (two rounds), or make the members more risk-averse so the incumbent’s comfort counts.',

  'preview.heading': 'Preview the seats',
  'preview.intro':
    'Each seat’s brief and table as its student will see them when the round begins, made from the draft (nothing is stored).',
  'preview.open': 'Preview every seat',
} as const;

export type EditorKey = keyof typeof editorEn;
