// The LTI part of the server, put together: its tables, the tool's keys, the launch verifier, the platform
// services and the grade passback, and the /lti router (routes.ts).
import type { Router } from 'express';
import type { Scenario } from '../../shared/scenario/schema.ts';
import type { Registry } from '../registry.ts';
import { ToolKeys } from './keys.ts';
import { GradePassback, type PassbackOptions } from './passback.ts';
import { ltiRouter } from './routes.ts';
import { PlatformServices } from './services.ts';
import { LtiStore } from './store.ts';
import { LaunchVerifier } from './verify.ts';

export interface LtiOptions {
  /** LTI_TOOL_URL: the tool's public address (https://…), for the launch URL it gives platforms. */
  toolUrl?: string;
  /** How soon a platform's key set may be fetched again for an unknown kid. */
  jwksCooldownMs?: number;
  passback?: PassbackOptions;
}

export interface LtiServer {
  store: LtiStore;
  keys: ToolKeys;
  passback: GradePassback;
  router: Router;
}

export function ltiServer(
  registry: Registry,
  catalog: Map<string, Scenario>,
  options: LtiOptions = {},
): LtiServer {
  const store = new LtiStore(registry.store);
  const keys = new ToolKeys(store);
  const services = new PlatformServices(keys);
  const passback = new GradePassback(registry, store, services, options.passback);
  const verifier = new LaunchVerifier(store, registry.store.secret('lti-state'), {
    ...(options.jwksCooldownMs !== undefined ? { jwksCooldownMs: options.jwksCooldownMs } : {}),
  });
  const router = ltiRouter({
    registry,
    catalog,
    lti: store,
    keys,
    verifier,
    services,
    passback,
    sealKey: registry.store.secret('lti-seal'),
    pickerKey: registry.store.secret('lti-picker'),
    ...(options.toolUrl ? { toolUrl: options.toolUrl } : {}),
  });
  return { store, keys, passback, router };
}
