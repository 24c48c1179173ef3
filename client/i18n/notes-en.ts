// The teaching notes' sentences in English (client/ui/debrief.ts words each note from its facts). Apart from
// the interface dictionary so that the join page does not download them: the debrief's chunk does, on demand.
export const notesEn = {
  // The debrief's groundwork lines (who drafted, who prepared, what the proposal kept).
  'debrief.groundwork': 'Groundwork before the proposal',
  'debrief.draftLine':
    '{seller}, product manager’s draft ({player}): {options, plural, one {# option} other {# options}} and {claims, plural, one {# claim} other {# claims}}, from the answers of {members}; the proposal kept {keptOptions} of the options and {keptClaims} of the claims.',
  'debrief.evidenceLine':
    '{seller}, customer service ({player}): prepared {evidence, plural, one {# piece of evidence} other {# pieces of evidence}} for the answers of {members}; the proposal kept {kept}.',
  'debrief.noAnswers': 'no member',
  'debrief.aBot': 'a bot',
  'noteConcept.discovery': 'Discovery',
  'noteConcept.points-of-difference': 'Points of difference and parity',
  'noteConcept.value-proposition': 'Value proposition',
  'noteConcept.credibility': 'Credibility',
  'noteConcept.pricing': 'Price and value',
  'noteConcept.specification': 'Specification',
  'noteConcept.buying-center-roles': 'Roles in the buying center',
  'noteConcept.decision-quality': 'Decision quality',
  'noteConcept.purchase-type': 'Buying situation',
  'note.next': 'Next time: {text}',
  'note.missed-priority':
    '{dimension} is a top priority of {member} ({weight} of 100 points). {seller} neither found it nor stressed it to {member}: {asked, plural, =0 {it asked {member} no questions} one {it asked {member} # question} other {it asked {member} # questions}}.',
  'next.ask': 'Ask {member} about {dimension}.',
  'note.contention':
    '{seller} stressed {dimension} to {member}, but {rival} states {rivalLevel} there against its {own}: a point of contention. So {member} believed every claim of {seller} less ({count, plural, one {# contested benefit} other {# contested benefits}}).',
  'next.stress-instead':
    'Stress {alt} to {member} instead: you deliver {altOwn}, and no rival states more than {altRival}.',
  'next.state-level': 'State your level on {dimension}: you deliver {delivered}, more than any rival states.',
  'next.drop': 'Leave {dimension} out of what you stress to {member}.',
  'note.focus':
    'The value proposition of {seller}: {type}. It did not tell {member} about {dimension}, one of their top priorities, where it delivers {own} and {rival} {rivalLevel}: a point of difference that resonates.',
  'next.resonate': 'In your message to {member}, lead with {dimension}.',
  'note.fit.keep-relationship':
    'To keep a relationship, the incumbent leads with non-economic intangible benefits. {seller} did not, though it delivers {own} on {dimension} and {rival} {rivalLevel}.',
  'note.fit.win-new-business':
    'To win new business, lead with a tangible benefit where you are ahead. {seller} did not, though it delivers {own} on {dimension} and {rival} {rivalLevel}.',
  'next.lead-with': 'Lead with {dimension}.',
  'note.overclaim':
    '{seller} claimed {claimed} on {dimension} and delivers {delivered} ({count, plural, one {# claim} other {# claims}} above delivery in all).',
  'note.overclaim.caught':
    'The check of {caughtBy} found it out, and from then on the buying center believed every claim of {seller} less.',
  'note.overclaim.damages': 'It paid {damages} in damages.',
  'next.add-option':
    'Include the option that lifts {dimension} by {lift, plural, one {# level} other {# levels}}, or claim {delivered}.',
  'next.claim-delivered': 'Claim {delivered} on {dimension}: what you deliver.',
  'note.tangibilize':
    '{seller} stressed {dimension}, an intangible benefit, with a claim above what the members assume and no evidence that vouches for it.',
  'next.add-evidence': 'Add your {evidence} on {dimension} (it costs {cost}).',
  'note.value-left':
    '{seller} won at {price} per unit and could have asked up to {max} and still come first ({headroom} more).',
  'next.price-up': 'Price nearer {max} when the buying center sees your offer as it did this time.',
  'note.bafo':
    '{member} asked {seller} for a best and final offer: its price went from {before} to {after} per unit ({total} over the contract).',
  'note.bafo.kept':
    '{member} asked {seller} for a best and final offer; it kept its price of {after} per unit.',
  'note.bafo.target': 'The buying center’s target was {target}.',
  'note.bafo.same': '{leaderAfter} led the buying center’s perceived value before and after.',
  'note.bafo.changed':
    'The lead in the buying center’s perceived value went from {leaderBefore} to {leaderAfter}.',
  'next.concede-less':
    'You led before the best and final round too: answer it with a smaller cut than {cut}.',
  'next.held': 'You held your price and won: hold it again when you lead.',
  'next.lead-on-value':
    'Make your first proposal win on value, so that the best and final offer need not cut the price.',
  'next.value-not-price':
    'Coming first on price alone needed {needed} or less, no more than your unit cost of {cost}: compete on value instead.',
  'next.no-price-wins': 'No price would have made you first: compete on value instead.',
  'next.price-floor': 'Coming first needed {needed} or less: decide before the round how low you will go.',
  'note.bafo-buyer': '{member} asked {sellers} for a best and final offer.',
  'note.bafo-buyer.saved': 'It saved {saved} on the contract with {winner}.',
  'next.state-target':
    'It saved nothing on the contract: state the target price you ask for when you request one.',
  'next.compare-value':
    'Before you vote, compare the value of the offers to the whole buying center, not only their prices.',
  'next.bafo-again': 'When offers are close, ask for a best and final offer again: this one saved {saved}.',
  'note.spec-void':
    'The contract with {seller} was void at acceptance: the specification requires {dimension} at least {minLevel} (proposed by {by}); {seller} stated {claimed}, delivers {delivered} and paid a contractual penalty of {penalty}.',
  'note.spec-void.claim':
    'The contract with {seller} was void at acceptance: {seller} stated {dimension} at {claimed}, and acceptance measured {delivered}. A tangible benefit can be tested, so the level stated is a condition of the contract; {seller} paid a contractual penalty of {penalty}.',
  'next.state-delivered':
    'On a tangible benefit, state only what your offer delivers with its options: acceptance measures it.',
  'next.check-claim': 'Check the claim of {about} on {dimension} before you vote.',
  'next.ask-evidence': 'Ask {about} for evidence on {dimension} before you vote.',
  'next.deliver-must-have':
    'Include the options that lift {dimension} to {minLevel}: a must-have you state you meet is a condition of the contract.',
  'note.spec-gate':
    'The must-have {dimension} at least {minLevel} (proposed by {by}) left {seller} out: its offering reaches {reach} at most.',
  'next.gate-cost':
    'Before you adopt a must-have, ask whom it excludes: this one left {seller} out of the running.',
  'next.shape-spec': 'Talk to {by} about {dimension} before the specification is published.',
  'note.spec-weight':
    'The weight on {dimension} ({share} of the published criteria, proposed by {by}) put {leader} ahead of {without} in the formal evaluation, which counted for {formality} of the decision.',
  'note.spec-weight.outcome': 'Without it, the buying center would have chosen {without}.',
  'next.weigh-priorities':
    'In stage 2, set the weights from the members’ top priorities: one weight can decide the formal ranking.',
  'next.read-criteria': 'Read the published criteria before you bid: {dimension} carries {share} of them.',
  'note.pivotal-vote':
    'The vote of {member} ({share} of the votes cast) decided: without it, {without} would have won instead of {seller}.',
  'note.pivotal-vote.none':
    'The vote of {member} ({share} of the votes cast) decided: without it, nobody would have been chosen.',
  'note.pivotal-vote.alone': '{member} cast the only vote that counted in this purchase and chose {seller}.',
  'next.check-before-vote': 'Check the claim of {seller} on {check} before you vote.',
  'next.say-why': 'Tell the buying center why you vote as you do, before you vote.',
  'next.address-member': 'Write a message to {member} on {top}, their top priority.',
  'note.sign-off-rejection': '{member} turned {seller} down at sign-off.',
  'note.sign-off-rejection.after': 'The contract went to {winner}.',
  'note.sign-off-rejection.none': 'No supplier was chosen.',
  'next.spec-must-have':
    'State your condition in the specification in stage 2: propose {dimension} at least {minLevel} as a must-have.',
  'next.spec-weight':
    'State your condition in the specification in stage 2: propose a weight for {dimension}.',
  'next.ask-approver': 'Ask {member} about {dimension} before you bid: they hold sign-off.',
  'note.decision-quality':
    'The buying center chose {seller}, worth {quality} of the best value on the table, that of {best}.',
  'note.decision-quality.over':
    '{member} believed {about} at {believed} on {dimension}; it delivers {delivered}.',
  'note.decision-quality.under':
    '{member} believed {about} only at {believed} on {dimension}; it delivers {delivered}.',
  'note.decision-quality.price':
    'No deciding member’s belief was a quarter of a level or more off what the offers deliver.',
  'note.unvoiced-priority':
    '{dimension}, the first priority of {member} ({weight} of 100 points), had no weight in the published criteria: the formal evaluation ignored it.',
  'note.unvoiced-priority.sought': '{member} had marked it as a benefit sought.',
  'note.unvoiced-priority.unsought': '{member} had not marked it as a benefit sought.',
  'next.mark-sought':
    'Mark {dimension} as a benefit sought in stage 1 and propose a weight for it in stage 2.',
  'next.propose-weight': 'Propose a weight for {dimension} in stage 2.',
  'note.purchase-type':
    'The post-purchase evaluation changes the buying situation: {type} this time, {nextType} the next.',
  'note.purchase-type.fixed':
    'The next round changes the buying situation: {type} this time, {nextType} the next.',
  'next.expect-new-task':
    'In a new task the whole buying center decides and searches widely: ask every member.',
  'next.expect-modified-rebuy':
    'In a modified rebuy the incumbent is exposed: a clear point of difference can win.',
  'next.expect-straight-rebuy':
    'In a straight rebuy procurement decides (with general management where the buying center is centralized), and the incumbent has the advantage.',
  'noteConcept.derived-demand': 'Derived demand',
  'note.market-shift':
    "Market news: the buyer's customers asked for more {dimension}. Inside the buying center it moved {member}: from {weightBefore} to {weightAfter} of 100 points on {dimension}.",
  'note.market-shift.stressed': "{seller}'s final offer stressed {dimension}.",
  'note.market-shift.missed': "{seller}'s final offer did not stress {dimension}.",
  'note.market-shift.delivered': 'The offer chosen, that of {winner}, delivers {delivered} on {dimension}.',
  'note.customer-need':
    "The buyer's own customers need {dimension}. {seller} delivers {own} there, no rival more than {rivalLevel}, yet its final offer stressed it to nobody: a need of the buyer's market it could have answered.",
  'note.customer-need.addressed':
    "{seller} stressed {dimension}, which the buyer's own customers need, and delivers {own} there against at most {rivalLevel} from a rival: it won the contract.",
  'next.stress-customers':
    "Show marketing how your {dimension} serves the buyer's customers: you deliver {own}.",
  'next.keep-customers': "Keep tying your offer to what the buyer's own customers need.",
  'next.ask-after-news':
    'When the market moves, ask who it moved and how much, and stress what they now weigh.',
  'next.voice-news':
    "When your customers' demand moves your priorities, say so: propose a weight for {dimension}, or tell the sellers.",
} as const;

export type NoteKey = keyof typeof notesEn;
