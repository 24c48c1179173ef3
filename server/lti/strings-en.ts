// English: the words of the LTI tool's own pages (the refusals, the picker, the page that returns to the
// course). The other languages (strings-fi.ts, strings-pl.ts) are typed by this one, so that the type check
// fails when one lacks a key or a parameter; a text with values is a function of them, so none is left unfilled.
// Pages escape every text (pages.ts): the values here are plain text, never HTML.
import type { StageId } from '../../shared/rules/steps.ts';

export const en = {
  product: 'Buying Center',

  // ---- the refusal page ----
  refusalTitle: 'Buying Center could not start',
  refusalAdvice:
    "If this happens again, tell your course platform's administrator what the box above says. Nothing was created or changed.",

  // ---- the page that posts the deep-linking response back ----
  returningTitle: 'Returning to the course',
  returning: 'Returning to the course…',
  continue: 'Continue',

  // ---- the deep-linking picker ----
  pickerTitle: 'Add Buying Center to the course',
  pickerCourseTitle: 'Title in the course',
  pickerScenario: 'Scenario',
  pickerTableShape: 'Table shape',
  pickerSellers: 'Seller teams per table',
  pickerSellersAll: "all the scenario's",
  pickerTeamSize: 'Students per seller team',
  pickerBots: 'Bots fill empty seats',
  pickerLanguage: 'Language',
  pickerTiming: 'Timing',
  pickerAutoAdvance: 'Stages advance on the clock',
  pickerStageMinutes: (p: { stage: string; minutes: number }) => `${p.stage} (minutes, default ${p.minutes})`,
  pickerAdd: 'Add to the course',
  pickerChooseScenario: 'Choose one of the scenarios.',
  pickerInvalid: (p: { detail: string }) => `The settings are not valid: ${p.detail}`,
  /** The activity's title in the course when the instructor gives none. */
  defaultTitle: (p: { scenario: string }) => `Buying Center: ${p.scenario}`,
  stages: {
    'need-recognition': 'Need recognition',
    specifications: 'Specifications',
    rfp: 'RFP to contract',
    'post-purchase': 'Post-purchase',
  } satisfies Record<StageId, string>,

  // ---- the login initiation ----
  loginIncomplete: 'The login initiation lacks iss or login_hint.',
  loginSeveralClients: (p: { issuer: string }) =>
    `Several client ids are registered for ${p.issuer}: the platform must send client_id with the login.`,
  loginUnknownPlatform: (p: { issuer: string; clientId: string | undefined }) =>
    `The platform ${p.issuer}${p.clientId ? ` with client id ${p.clientId}` : ''} is not registered with this tool (npm run lti:register).`,
  loginUnknownDeployment: (p: { deployment: string; issuer: string }) =>
    `The deployment id "${p.deployment}" is not registered for ${p.issuer}.`,

  // ---- the launch's checks (verify.ts) ----
  stateMissing:
    'The launch came without the state the tool sent at login. Start the launch again from the course.',
  stateInvalid:
    "The launch's state is not one this tool issued, or its login took longer than 10 minutes. Start the launch again from the course.",
  stateForeign: "The launch's state is not one this tool issued.",
  stateOtherBrowser: "The launch's state belongs to another browser. Start the launch again from the course.",
  noIdToken: 'The platform sent no id_token with the launch.',
  malformedToken: "The platform's id_token is not a well-formed JWT.",
  issuerMismatch: (p: { issuer: string }) =>
    `The id_token's issuer is not the platform the login started with (${p.issuer}).`,
  unknownPlatform: (p: { issuer: string; clientId: string }) =>
    `The platform ${p.issuer} with client id ${p.clientId} is not registered with this tool.`,
  wrongAzp: (p: { clientId: string }) => `The id_token's azp is not this tool's client id (${p.clientId}).`,
  badClaim: (p: { path: string }) =>
    `The id_token lacks a required LTI claim or has one of the wrong form: ${p.path}.`,
  wrongNonce: "The id_token's nonce is not the one the tool sent at login.",
  wrongVersion: (p: { version: string; supported: string }) =>
    `The launch is LTI version ${p.version}; this tool speaks ${p.supported}.`,
  wrongMessageType: (p: { type: string }) => `The tool does not handle the LTI message type "${p.type}".`,
  unknownDeployment: (p: { deployment: string; issuer: string }) =>
    `The deployment id "${p.deployment}" is not registered for ${p.issuer}: register it with npm run lti:register -- --deployment ${p.deployment} ...`,
  noResourceLink: 'The launch has no resource link claim.',
  noDeepLinkingSettings: 'The deep-linking request has no deep-linking settings claim.',
  replayed:
    'This launch was already used (its nonce was seen before). Start the launch again from the course.',
  unknownKid: (p: { jwksUrl: string }) =>
    `The id_token is signed with a key (kid) that is not in the platform's key set at ${p.jwksUrl}, even after fetching it again.`,
  badSignature: (p: { jwksUrl: string }) =>
    `The id_token's signature does not verify against the platform's key set at ${p.jwksUrl}.`,
  expired: 'The id_token has expired: check the clocks of the platform and the tool.',
  wrongAudience: (p: { clientId: string }) =>
    `The id_token is not addressed to this tool's client id (${p.clientId}).`,
  wrongIssuer: (p: { issuer: string }) => `The id_token's issuer is not ${p.issuer}.`,
  badIssuedAt:
    'The id_token was issued too long ago or in the future: check the clocks of the platform and the tool.',
  badClaimValue: (p: { claim: string }) => `The id_token's ${p.claim} claim is not valid.`,
  keySetUnreadable: (p: { jwksUrl: string }) =>
    `The platform's key set at ${p.jwksUrl} could not be fetched or read.`,
  algorithmRefused: 'The id_token is signed with an algorithm this tool does not accept.',
  unverifiable: (p: { jwksUrl: string }) =>
    `The id_token could not be verified against the platform's key set at ${p.jwksUrl}.`,

  // ---- the launch itself (routes.ts) ----
  platformError: (p: { error: string; description: string }) =>
    `The platform answered the login with the error "${p.error}": ${p.description}`,
  launchFailed:
    "The tool could not finish the launch. Try again; if it fails again, tell the tool's administrator.",
  instructorOnly: 'Only an instructor may add this activity to the course.',
  noResourceLinkType: 'The platform does not accept a resource link from this deep-linking request.',
  pickerExpired:
    "The picker's request is not one this tool issued, or it took longer than an hour. Add the activity again from the course.",
  pickerPlatformGone: (p: { issuer: string }) =>
    `The platform ${p.issuer} or its deployment is no longer registered.`,
  settingsNotJson: (p: { param: string }) =>
    `The activity's custom parameter ${p.param} is not JSON: add the activity again.`,
  settingsInvalid: (p: { detail: string }) =>
    `The activity's settings are not valid (${p.detail}): add the activity again.`,
  scenarioMissing: (p: { scenario: string }) =>
    `The activity's scenario "${p.scenario}" is not bundled with this server.`,
  notOpenedYet: 'Your instructor has not opened this activity yet: try again once they have.',
  sessionDeleted: 'The session of this activity was deleted on the server.',
  anonymous: 'The launch is anonymous (no sub claim): the tool needs to know the student.',
  sessionFinished: 'This session has finished: ask your instructor.',
  noName: "The platform did not send the student's name: enable sharing names with the tool.",
  removed: 'Your instructor removed you from this session: ask them to seat you again.',
  secretUnreadable:
    "This session's host secret does not open with the server's seal key (LTI_SEAL_KEY was changed or removed): tell the tool's administrator.",
  notRunning: 'The session is not running on the server right now: ask your instructor.',
  joinRefused: (p: { reason: string }) => `The session could not seat you: ${p.reason}`,
  noSuchAddress: 'There is no such LTI address on this tool: check the URLs registered in the platform.',
  unreadable: 'The request to the tool was not readable. Start the launch again from the course.',
};

export type LtiStrings = typeof en;
