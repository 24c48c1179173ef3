// The LTI part of the server, put together: its tables, the tool's keys, the launch verifier, the platform
// services and the grade passback, and the /lti router (routes.ts).
import type { Router } from 'express';
import type { Scenario } from '../../shared/scenario/schema.ts';
import type { Registry } from '../registry.ts';
import type { Store } from '../store/store.ts';
import { ToolKeys } from './keys.ts';
import { GradePassback, type PassbackOptions } from './passback.ts';
import { ltiRouter } from './routes.ts';
import { HostSecretSeal } from './seal.ts';
import { PlatformServices } from './services.ts';
import { LtiStore } from './store.ts';
import { LaunchVerifier } from './verify.ts';

export interface LtiOptions {
  /** LTI_TOOL_URL: the tool's public address (https://…), for the launch URL it gives platforms. */
  toolUrl?: string;
  /** How soon a platform's key set may be fetched again for an unknown kid. */
  jwksCooldownMs?: number;
  passback?: PassbackOptions;
  /**
   * LTI_SEAL_KEY (32 bytes): seals the host secrets of LTI sessions instead of the key kept in the database,
   * which then only opens what it sealed before.
   */
  sealKey?: Buffer;
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
  const sealer = hostSecretSeal(registry.store, store, options.sealKey);
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
    sealer,
    pickerKey: registry.store.secret('lti-picker'),
    ...(options.toolUrl ? { toolUrl: options.toolUrl } : {}),
  });
  return { store, keys, passback, router };
}

/**
 * The seal of host secrets: under LTI_SEAL_KEY where given, opening what the database's key sealed before,
 * and sealing each of those again under LTI_SEAL_KEY now, so that the database's key no longer opens any.
 */
export function hostSecretSeal(
  gameStore: Store,
  store: LtiStore,
  sealKey: Buffer | undefined,
): HostSecretSeal {
  if (!sealKey) return new HostSecretSeal(gameStore.secret('lti-seal'));
  const stored = gameStore.existingSecret('lti-seal');
  const sealer = new HostSecretSeal(sealKey, stored ? [stored] : []);
  let unreadable = 0;
  for (const link of store.links()) {
    const again = sealer.reseal(link.hostSecretSealed);
    if (again !== null) store.setHostSecretSealed(link.sessionId, again);
    else if (sealer.unseal(link.hostSecretSealed) === null) unreadable++;
  }
  if (unreadable > 0)
    console.warn(
      `LTI: ${unreadable} session host secret(s) open with neither LTI_SEAL_KEY nor the database's key (was LTI_SEAL_KEY changed?): their instructors cannot launch into them.`,
    );
  return sealer;
}
