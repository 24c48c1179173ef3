// The claims of LTI 1.3 messages (LTI Core 1.3, Deep Linking 2.0, AGS 2.0, NRPS 2.0) the tool reads, and the
// role vocabulary. The id token is checked against this schema after its signature: a claim of the wrong shape
// is a refused launch, never a throw.
import { z } from 'zod';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  launchPresentation: `${LTI}launch_presentation`,
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  dlMessage: 'https://purl.imsglobal.org/spec/lti-dl/claim/msg',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const;

export const SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export const RESOURCE_LINK_REQUEST = 'LtiResourceLinkRequest';
export const DEEP_LINKING_REQUEST = 'LtiDeepLinkingRequest';
export const DEEP_LINKING_RESPONSE = 'LtiDeepLinkingResponse';
export const LTI_VERSION = '1.3.0';

const Url = z.url({ protocol: /^https?$/ }).max(2048);
const Id = z.string().min(1).max(255);

export const LaunchClaimsSchema = z.looseObject({
  iss: z.string().min(1).max(2048),
  sub: z.string().min(1).max(255).optional(),
  nonce: z.string().min(1).max(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  [CLAIM.messageType]: z.string(),
  [CLAIM.version]: z.string(),
  [CLAIM.deploymentId]: Id,
  [CLAIM.targetLinkUri]: Url.optional(),
  [CLAIM.roles]: z.array(z.string().max(512)).max(100),
  [CLAIM.resourceLink]: z.looseObject({ id: Id, title: z.string().max(512).optional() }).optional(),
  [CLAIM.context]: z.looseObject({ id: Id, title: z.string().max(512).optional() }).optional(),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
  [CLAIM.deepLinkingSettings]: z
    .looseObject({
      deep_link_return_url: Url,
      accept_types: z.array(z.string()).max(20),
      data: z.string().max(4096).optional(),
    })
    .optional(),
  [CLAIM.ags]: z
    .looseObject({
      scope: z.array(z.string().max(512)).max(20).optional(),
      lineitems: Url.optional(),
      lineitem: Url.optional(),
    })
    .optional(),
  [CLAIM.nrps]: z.looseObject({ context_memberships_url: Url }).optional(),
});
export type LaunchClaims = z.infer<typeof LaunchClaimsSchema>;

// Roles (LTI Core 1.3 §5.3.7 and appendix A): context roles in full, and the short forms the spec allows for
// context roles. A system or institution Administrator also gets the console.
const STAFF = new Set([
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper',
  'http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant',
  'http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
  'Instructor',
  'Administrator',
  'ContentDeveloper',
]);

/** Whether the roles give the instructor's console (Instructor, TA, Administrator, Content developer). */
export function isStaff(roles: readonly string[]): boolean {
  return roles.some((r) => STAFF.has(r));
}

/** The name a learner is seated with: the platform's `name`, else given and family names. */
export function displayName(claims: LaunchClaims): string | null {
  const full =
    claims.name?.trim() || [claims.given_name, claims.family_name].filter(Boolean).join(' ').trim();
  return full || null;
}
