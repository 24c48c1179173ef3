// LTI administration, on DATA_DIR (default ./data) or --data-dir DIR (safe while the server runs):
//   npm run lti:register -- --issuer ISS --client-id ID --deployment DEP [--deployment DEP2] \
//       --auth-url URL --token-url URL --jwks-url URL     registers a platform (or updates it)
//   npm run lti:register -- --file platforms.json          every platform of a settings file
//   npm run lti:rotate-key                                 a new tool key pair (the previous stays published)
//   npm run lti -- list                                    the registered platforms and the tool's key ids
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Store } from '../server/store/store.ts';
import { LtiStore, type Platform } from '../server/lti/store.ts';
import { ToolKeys } from '../server/lti/keys.ts';
import { PlatformsFileSchema, parsePlatform } from '../server/lti/registration.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    issuer: { type: 'string' },
    'client-id': { type: 'string' },
    deployment: { type: 'string', multiple: true },
    'auth-url': { type: 'string' },
    'token-url': { type: 'string' },
    'jwks-url': { type: 'string' },
    file: { type: 'string' },
    remove: { type: 'boolean', default: false },
  },
});
const dataDir = values['data-dir'] ?? process.env.DATA_DIR ?? './data';
const [command] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function platformsToRegister(): Platform[] {
  if (values.file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(values.file, 'utf8'));
    } catch (error) {
      fail(`${values.file} cannot be read as JSON: ${(error as Error).message}`);
    }
    const r = PlatformsFileSchema.safeParse(json);
    if (!r.success)
      fail(`${values.file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return r.data.platforms;
  }
  const r = parsePlatform({
    issuer: values.issuer,
    clientId: values['client-id'],
    deployments: values.deployment ?? [],
    authUrl: values['auth-url'],
    tokenUrl: values['token-url'],
    jwksUrl: values['jwks-url'],
  });
  if (!r.ok)
    fail(
      `${r.error}\n(needs --issuer --client-id --deployment --auth-url --token-url --jwks-url, or --file)`,
    );
  return [r.platform];
}

const store = new Store(dataDir);
const lti = new LtiStore(store);
const keys = new ToolKeys(lti);
try {
  switch (command) {
    case 'register': {
      if (values.remove) {
        if (!values.issuer || !values['client-id']) fail('--remove needs --issuer and --client-id');
        lti.removePlatform(values.issuer, values['client-id']);
        console.log(`Removed ${values.issuer} (${values['client-id']}).`);
        break;
      }
      for (const p of platformsToRegister()) {
        lti.savePlatform(p, Date.now());
        console.log(
          `Registered ${p.issuer} (client id ${p.clientId}, deployments ${p.deployments.join(', ')}).`,
        );
      }
      await keys.ensure();
      break;
    }
    case 'rotate-key': {
      await keys.ensure();
      console.log(`New signing key ${await keys.rotate()}; the previous one stays published at /lti/jwks.`);
      break;
    }
    case 'list': {
      for (const p of lti.platforms())
        console.log(
          `${p.issuer}  client ${p.clientId}  deployments ${p.deployments.join(', ')}\n  auth ${p.authUrl}\n  token ${p.tokenUrl}\n  jwks ${p.jwksUrl}`,
        );
      await keys.ensure();
      console.log(`Tool keys (newest first): ${(await keys.jwks()).keys.map((k) => k.kid).join(', ')}`);
      break;
    }
    default:
      fail('Commands: register, rotate-key, list (see the top of scripts/lti.ts).');
  }
} finally {
  store.commit();
  await store.durable();
  store.close();
}
