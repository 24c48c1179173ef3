// The LTI 1.3 routes: /lti/jwks, /lti/login (OIDC third-party-initiated login), /lti/launch (resource link and
// deep-linking launches), /lti/deep-link (the picker's answer), and the console's roster and grade calls.
// A launch either succeeds completely or shows a plain page saying what to tell the administrator: the session,
// player or link is made only after the id token passed every check.
import { randomBytes, randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import { matchMaker } from '@colyseus/core';
import { CreateSessionSchema, describeZodError, type CreateSession } from '../../shared/protocol.ts';
import { localize } from '../../shared/scenario/load.ts';
import type { Language, Scenario } from '../../shared/scenario/schema.ts';
import { STAGE_IDS } from '../../shared/rules/steps.ts';
import { own } from '../../shared/own.ts';
import { LiveSession } from '../session.ts';
import type { Registry } from '../registry.ts';
import {
  CLAIM,
  DEEP_LINKING_REQUEST,
  DEEP_LINKING_RESPONSE,
  LTI_VERSION,
  SCOPE,
  displayName,
  isStaff,
  type LaunchClaims,
} from './claims.ts';
import { TOOL_ALG, type ToolKeys } from './keys.ts';
import { pageLanguage, stringsOf, supportedLanguage } from './language.ts';
import { sendAutoPost, sendPicker, sendRefusal } from './pages.ts';
import type { GradePassback } from './passback.ts';
import type { HostSecretSeal } from './seal.ts';
import { ServiceError, type PlatformServices } from './services.ts';
import type { LinkServices, LtiStore, Platform } from './store.ts';
import { BROWSER_COOKIE, LtiRefusal, type LaunchVerifier } from './verify.ts';

const ROOM_CALL_MS = 10_000;
/** The custom parameter of a deep-linked resource link that carries its session settings (JSON). */
export const SETTINGS_PARAM = 'bc_settings';
const PICKER_ISSUER = 'buying-center/lti-picker';
const PICKER_MS = 60 * 60_000;

export interface LtiDeps {
  registry: Registry;
  catalog: Map<string, Scenario>;
  lti: LtiStore;
  keys: ToolKeys;
  verifier: LaunchVerifier;
  services: PlatformServices;
  passback: GradePassback;
  /** Seals the host secrets of LTI sessions. */
  sealer: HostSecretSeal;
  /** Signs the picker's context (the deep-linking request, between the launch and the picker's answer). */
  pickerKey: Uint8Array;
  /** The tool's public address (LTI_TOOL_URL); else the request's own. */
  toolUrl?: string;
}

function baseUrl(req: Request, toolUrl: string | undefined): string {
  return (toolUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/$/, '');
}

function param(req: Request, name: string): string | undefined {
  const from = req.method === 'POST' ? (req.body as Record<string, unknown> | undefined) : req.query;
  const value = own(from, name);
  return typeof value === 'string' && value.length <= 4096 ? value : undefined;
}

/** The cookie's value from the Cookie header (no parser library for one cookie). */
function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** The payload of an id token read without checking it (for the page's language only), or undefined. */
function unverifiedClaims(idToken: string | undefined): unknown {
  if (!idToken) return undefined;
  try {
    return decodeJwt(idToken);
  } catch {
    return undefined;
  }
}

/** The services a launch carries, over what the link had. */
function servicesOf(claims: LaunchClaims, before: LinkServices = {}): LinkServices {
  const ags = claims[CLAIM.ags];
  const nrps = claims[CLAIM.nrps];
  return {
    ...before,
    ...(ags?.lineitem ? { lineItem: ags.lineitem } : {}),
    ...(ags?.lineitems ? { lineItems: ags.lineitems } : {}),
    ...(ags?.scope ? { agsScopes: ags.scope } : {}),
    ...(nrps ? { memberships: nrps.context_memberships_url } : {}),
  };
}

/** The session settings a deep link carried, checked by the API's own schema; else the first scenario's defaults. */
export function settingsOf(claims: LaunchClaims, catalog: Map<string, Scenario>): CreateSession {
  const custom = claims[CLAIM.custom];
  const raw = own(custom, SETTINGS_PARAM);
  let body: unknown = { scenarioId: catalog.keys().next().value };
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      throw new LtiRefusal((t) => t.settingsNotJson({ param: SETTINGS_PARAM }));
    }
  }
  const parsed = CreateSessionSchema.safeParse(body);
  if (!parsed.success) {
    const detail = describeZodError(parsed.error);
    throw new LtiRefusal((t) => t.settingsInvalid({ detail }));
  }
  const scenario = parsed.data.scenarioId;
  if (scenario === undefined || !catalog.has(scenario))
    throw new LtiRefusal((t) => t.scenarioMissing({ scenario: scenario ?? '' }));
  return parsed.data;
}

/** The picker's form, as a CreateSession body. */
function pickedSettings(form: Record<string, unknown>): unknown {
  const str = (k: string) => {
    const v = own(form, k);
    return typeof v === 'string' ? v : '';
  };
  const num = (k: string) => (str(k).trim() === '' ? undefined : Number(str(k)));
  const stageMinutes: Record<string, number> = {};
  for (const id of STAGE_IDS) {
    const m = num(`stage_${id}`);
    if (m !== undefined) stageMinutes[id] = m;
  }
  return {
    scenarioId: str('scenario'),
    ...(num('sellers_per_table') !== undefined ? { sellersPerTable: num('sellers_per_table') } : {}),
    sellerTeamSize: num('seller_team_size') ?? 2,
    bots: str('bots') === 'on',
    language: str('language') || 'en',
    autoAdvance: str('auto_advance') === 'on',
    ...(str('title').trim() ? { title: str('title').trim() } : {}),
    ...(Object.keys(stageMinutes).length > 0 ? { stageMinutes } : {}),
  };
}

export function ltiRouter(deps: LtiDeps): Router {
  const { registry, catalog, lti } = deps;
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '128kb', parameterLimit: 50 }));
  router.use(express.json({ limit: '16kb' }));
  // A lecture hall launches at once from behind one NAT address: two requests per student (login, launch).
  const launchLimiter = rateLimit({
    windowMs: 60_000,
    limit: 3000,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });
  const hostLimiter = rateLimit({
    windowMs: 60_000,
    limit: 120,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  });
  /** One launch at a time per LMS user and link, so that two devices at once still get one seat. */
  const seating = new Map<string, Promise<unknown>>();

  router.get('/jwks', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(await deps.keys.jwks());
  });

  // OIDC third-party-initiated login (Security Framework §5.1.1): GET or POST, from the platform.
  router.all('/login', launchLimiter, async (req, res) => {
    const iss = param(req, 'iss');
    const loginHint = param(req, 'login_hint');
    const language = pageLanguage(req);
    if (!iss || !loginHint) {
      sendRefusal(res, language, 400, (t) => t.loginIncomplete);
      return;
    }
    const clientId = param(req, 'client_id');
    const candidates = clientId
      ? [lti.platform(iss, clientId)].filter((p) => p !== undefined)
      : lti.platformsOf(iss);
    const platform = candidates.length === 1 ? candidates[0] : undefined;
    if (!platform) {
      sendRefusal(res, language, candidates.length > 1 ? 400 : 403, (t) =>
        candidates.length > 1
          ? t.loginSeveralClients({ issuer: iss })
          : t.loginUnknownPlatform({ issuer: iss, clientId }),
      );
      return;
    }
    const deployment = param(req, 'lti_deployment_id');
    if (deployment !== undefined && !platform.deployments.includes(deployment)) {
      sendRefusal(res, language, 403, (t) => t.loginUnknownDeployment({ deployment, issuer: iss }));
      return;
    }
    // A cookie naming this browser, sent back with the launch where the browser allows: SameSite=None and
    // Secure for the cross-site form post, Partitioned so that a browser blocking third-party cookies still
    // keeps it inside the platform's iframe (CHIPS).
    let browser = cookieOf(req, BROWSER_COOKIE);
    if (!browser || browser.length > 64) {
      browser = randomBytes(18).toString('base64url');
      res.append(
        'Set-Cookie',
        `${BROWSER_COOKIE}=${browser}; Path=/lti; Max-Age=600; HttpOnly; Secure; SameSite=None; Partitioned`,
      );
    }
    const { state, nonce } = await deps.verifier.startLogin(platform.issuer, platform.clientId, browser);
    const target = new URL(platform.authUrl);
    const query = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: `${baseUrl(req, deps.toolUrl)}/lti/launch`,
      login_hint: loginHint,
      state,
      nonce,
      ...(param(req, 'lti_message_hint') ? { lti_message_hint: param(req, 'lti_message_hint') } : {}),
    };
    for (const [k, v] of Object.entries(query)) if (v !== undefined) target.searchParams.set(k, v);
    res.set('Cache-Control', 'no-store').redirect(302, target.toString());
  });

  router.post('/launch', launchLimiter, async (req, res) => {
    const idToken = param(req, 'id_token');
    // Read before the token is verified, so that a refused launch is explained in the user's language too.
    const language = pageLanguage(req, unverifiedClaims(idToken));
    try {
      const platformError = param(req, 'error');
      if (platformError) {
        const description = param(req, 'error_description') ?? '';
        throw new LtiRefusal((t) => t.platformError({ error: platformError, description }));
      }
      const { platform, claims } = await deps.verifier.verify(
        idToken,
        param(req, 'state'),
        cookieOf(req, BROWSER_COOKIE),
      );
      if (claims[CLAIM.messageType] === DEEP_LINKING_REQUEST)
        await deepLinkingLaunch(res, language, platform, claims);
      else await resourceLaunch(res, platform, claims);
    } catch (error) {
      if (error instanceof LtiRefusal) sendRefusal(res, language, error.status, error.text);
      else {
        console.error('LTI launch failed:', error);
        sendRefusal(res, language, 500, (t) => t.launchFailed);
      }
    }
  });

  async function deepLinkingLaunch(
    res: Response,
    language: Language,
    platform: Platform,
    claims: LaunchClaims,
  ) {
    if (!isStaff(claims[CLAIM.roles])) throw new LtiRefusal((t) => t.instructorOnly, 403);
    const settings = claims[CLAIM.deepLinkingSettings]!;
    if (!settings.accept_types.includes('ltiResourceLink')) throw new LtiRefusal((t) => t.noResourceLinkType);
    const context = await new SignJWT({
      lang: language,
      iss_platform: platform.issuer,
      client_id: platform.clientId,
      deployment_id: claims[CLAIM.deploymentId],
      return_url: settings.deep_link_return_url,
      ...(settings.data !== undefined ? { data: settings.data } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(PICKER_ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor((Date.now() + PICKER_MS) / 1000))
      .sign(deps.pickerKey);
    sendPicker(res, language, context, pickerScenarios(language));
  }

  function pickerScenarios(language: Language) {
    return [...catalog.values()].map((s) => ({
      id: s.meta.id,
      title: localize(s.meta.title, language),
      languages: s.meta.languages,
      sellers: s.sellers.length,
      stages: Object.fromEntries(Object.entries(s.stages).map(([k, v]) => [k, v.minutes])),
    }));
  }

  // The picker's answer: a signed LtiDeepLinkingResponse with the resource link and its line item.
  router.post('/deep-link', launchLimiter, async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const contextToken = param(req, 'context');
    let context: {
      lang?: string;
      iss_platform: string;
      client_id: string;
      deployment_id: string;
      return_url: string;
      data?: string;
    };
    try {
      if (!contextToken) throw new Error('none');
      const { payload } = await jwtVerify(contextToken, deps.pickerKey, {
        algorithms: ['HS256'],
        issuer: PICKER_ISSUER,
      });
      context = payload as unknown as typeof context;
    } catch {
      sendRefusal(res, pageLanguage(req), 403, (t) => t.pickerExpired);
      return;
    }
    // The picker's language, as the launch chose it (signed along with the rest of the context).
    const language = supportedLanguage(context.lang) ?? pageLanguage(req);
    const platform = lti.platform(context.iss_platform, context.client_id);
    if (!platform || !platform.deployments.includes(context.deployment_id)) {
      sendRefusal(res, language, 403, (t) => t.pickerPlatformGone({ issuer: context.iss_platform }));
      return;
    }
    const parsed = CreateSessionSchema.safeParse(pickedSettings(form));
    const scenario =
      parsed.success && parsed.data.scenarioId !== undefined
        ? catalog.get(parsed.data.scenarioId)
        : undefined;
    if (!parsed.success || !scenario) {
      const contextAgain = contextToken ?? '';
      const detail = parsed.success ? '' : describeZodError(parsed.error);
      sendPicker(res.status(400), language, contextAgain, pickerScenarios(language), (t) =>
        parsed.success ? t.pickerChooseScenario : t.pickerInvalid({ detail }),
      );
      return;
    }
    // The default title is in the session's language: the course's students read it.
    const title =
      parsed.data.title ??
      stringsOf(parsed.data.language).defaultTitle({
        scenario: localize(scenario.meta.title, parsed.data.language),
      });
    const { kid, key } = await deps.keys.current();
    const jwt = await new SignJWT({
      nonce: randomUUID(),
      [CLAIM.messageType]: DEEP_LINKING_RESPONSE,
      [CLAIM.version]: LTI_VERSION,
      [CLAIM.deploymentId]: context.deployment_id,
      ...(context.data !== undefined ? { [CLAIM.deepLinkingData]: context.data } : {}),
      [CLAIM.contentItems]: [
        {
          type: 'ltiResourceLink',
          title,
          url: `${baseUrl(req, deps.toolUrl)}/lti/launch`,
          custom: { [SETTINGS_PARAM]: JSON.stringify(parsed.data) },
          lineItem: { label: title, scoreMaximum: 100, resourceId: scenario.meta.id },
        },
      ],
    })
      .setProtectedHeader({ alg: TOOL_ALG, kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
    sendAutoPost(res, language, context.return_url, { JWT: jwt });
  });

  async function resourceLaunch(res: Response, platform: Platform, claims: LaunchClaims) {
    const key = {
      issuer: platform.issuer,
      deploymentId: claims[CLAIM.deploymentId],
      contextId: claims[CLAIM.context]?.id ?? '',
      resourceLinkId: claims[CLAIM.resourceLink]!.id,
    };
    const staff = isStaff(claims[CLAIM.roles]);
    let link = lti.link(key);
    if (!link) {
      if (!staff) throw new LtiRefusal((t) => t.notOpenedYet, 409);
      // Nothing awaited between the look-up and the insert: two first launches in this process cannot both
      // make a session (across processes, the primary key refuses the second).
      const body = settingsOf(claims, catalog);
      const scenario = catalog.get(body.scenarioId!)!;
      const title = body.title ?? claims[CLAIM.resourceLink]?.title;
      const { session, hostSecret } = LiveSession.create(
        registry.store,
        scenario,
        { ...body, ...(title ? { title: title.slice(0, 120) } : {}) },
        Date.now(),
      );
      link = {
        ...key,
        clientId: platform.clientId,
        sessionId: session.id,
        hostSecretSealed: deps.sealer.seal(hostSecret),
        services: servicesOf(claims),
      };
      lti.addLink(link, Date.now());
      await registry.store.durable();
      await matchMaker.createRoom('session', { sessionId: session.id });
    } else {
      const services = servicesOf(claims, link.services);
      if (JSON.stringify(services) !== JSON.stringify(link.services))
        lti.setServices(link.sessionId, services);
    }
    const sessionKey = registry.store.sessionById(link.sessionId);
    if (!sessionKey) throw new LtiRefusal((t) => t.sessionDeleted, 410);
    if (staff) {
      const secret = deps.sealer.unseal(link.hostSecretSealed);
      if (secret === null) throw new LtiRefusal((t) => t.secretUnreadable, 500);
      await registry.store.durable();
      res.redirect(303, `/host.html#session=${link.sessionId}&secret=${secret}`);
      return;
    }
    if (!claims.sub) throw new LtiRefusal((t) => t.anonymous);
    if (sessionKey.status !== 'open') throw new LtiRefusal((t) => t.sessionFinished, 409);
    const name = displayName(claims);
    if (!name) throw new LtiRefusal((t) => t.noName);
    const lock = `${link.sessionId}\u0000${claims.sub}`;
    const previous = seating.get(lock) ?? Promise.resolve();
    const seat = previous
      .catch(() => undefined)
      .then(() => seatLearner(link.sessionId, platform.issuer, claims.sub!, name));
    seating.set(lock, seat);
    try {
      const token = await seat;
      res.redirect(303, `/?code=${sessionKey.code}#token=${token}`);
    } finally {
      if (seating.get(lock) === seat) seating.delete(lock);
    }
  }

  /** The learner's seat: a new player the first time, a fresh token for the same player every time after. */
  async function seatLearner(sessionId: string, issuer: string, sub: string, name: string): Promise<string> {
    const roomId = await registry.roomOf(sessionId);
    if (!roomId) throw new LtiRefusal((t) => t.notRunning, 409);
    const known = lti.playerOf(sessionId, issuer, sub);
    if (known) {
      const token = (await matchMaker.remoteRoomCall(
        roomId,
        'readmitDurably' as never,
        [known],
        ROOM_CALL_MS,
      )) as string | null;
      if (!token) throw new LtiRefusal((t) => t.removed, 403);
      return token;
    }
    const joined = (await matchMaker.remoteRoomCall(roomId, 'joinDurably' as never, [name], ROOM_CALL_MS)) as
      { playerId: string; token: string } | { error: string };
    if ('error' in joined) {
      // The room's reason is English (it is the socket join's own).
      const reason = joined.error;
      throw new LtiRefusal((t) => t.joinRefused({ reason }), 409);
    }
    lti.addPlayer(sessionId, issuer, sub, joined.playerId);
    await registry.store.durable();
    return joined.token;
  }

  // ---- the console's calls (host secret, as the API's host routes) ----
  const host = (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization');
    const secret = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const id = String(req.params.id);
    if (!secret || !registry.isHost(id, secret)) {
      res.status(secret ? 403 : 401).json({ error: "This needs the session's host secret." });
      return;
    }
    const session = registry.get(id);
    const link = lti.linkOfSession(id);
    if (!session || !link) {
      res.status(404).json({ error: 'This session was not launched from a course platform.' });
      return;
    }
    res.locals.session = session;
    res.locals.link = link;
    next();
  };

  router.get('/sessions/:id/roster', hostLimiter, host, async (_req, res) => {
    const session = res.locals.session as LiveSession;
    const link = lti.linkOfSession(session.id)!;
    const platform = lti.platform(link.issuer, link.clientId);
    if (!link.services.memberships || !platform) {
      res.status(409).json({ error: 'The course did not share its roster with the tool (NRPS).' });
      return;
    }
    try {
      const members = await deps.services.members(platform, link.services.memberships, SCOPE.memberships);
      const subs = lti.subsOf(session.id);
      const byUser = new Map([...subs].map(([playerId, sub]) => [sub, playerId]));
      res.json({
        members: members
          .filter((m) => m.status === undefined || m.status === 'Active')
          .map((m) => {
            const playerId = byUser.get(m.user_id);
            const player = playerId ? session.players.get(playerId) : undefined;
            return {
              userId: m.user_id,
              name: m.name ?? ([m.given_name, m.family_name].filter(Boolean).join(' ') || m.user_id),
              staff: isStaff(m.roles),
              joined: Boolean(player && !player.removed),
              playerId: player && !player.removed ? player.id : null,
            };
          }),
      });
    } catch (error) {
      res
        .status(502)
        .json({ error: error instanceof ServiceError ? error.message : 'The roster could not be read.' });
    }
  });

  router.get('/sessions/:id/scores', hostLimiter, host, (_req, res) => {
    res.json({ students: deps.passback.status(res.locals.session as LiveSession) });
  });
  router.post('/sessions/:id/scores', hostLimiter, host, async (_req, res) => {
    try {
      res.json({ students: await deps.passback.sync(res.locals.session as LiveSession) });
    } catch (error) {
      res
        .status(409)
        .json({ error: error instanceof ServiceError ? error.message : 'The scores could not be posted.' });
    }
  });

  router.use((req: Request, res: Response) => {
    sendRefusal(res, pageLanguage(req), 404, (t) => t.noSuchAddress);
  });
  router.use((error: { status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    sendRefusal(res, pageLanguage(req), status, (t) => t.unreadable);
  });
  return router;
}
