// The browser client: `client/` is the Vite root, the build goes to `dist/client` (served by server/app.ts).
// Three pages: the student's app (index.html), the instructor's console (host.html) and the projector
// (projector.html); each is its own entry, so a phone never downloads the console.
// After each build a tiny plugin prints the compressed size of the JavaScript a phone downloads before the lobby
// (the entry chunk, everything it imports statically, and the SDK); Phaser and the debrief load later, on demand.
// Every asset is also written precompressed (.br, .gz) for server/http/static.ts to serve.
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('./client/', import.meta.url));
const phaserSrc = fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url));
const phaserBuild = fileURLToPath(new URL('./client/student/phaser-build.ts', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/client/', import.meta.url));

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  name: string;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const brotli = (code: string) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The module whose chunk is the Colyseus SDK (the store loads it right after the join screen shows). */
const sdkModule = fileURLToPath(new URL('./client/net/sdk.ts', import.meta.url));

/**
 * Prints the brotli size of the JavaScript a phone downloads from opening the link to the lobby (the entry,
 * its static imports, and the SDK the join needs) and of each lazy chunk. tests/build/client-size.test.ts
 * holds the budget.
 */
export function initialSize(): Plugin {
  return {
    name: 'buying-center:initial-size',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, item);
      }
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
      };
      // The phone's page only: the console and the projector run on the instructor's machine.
      for (const chunk of chunks.values()) {
        if ((chunk.isEntry && chunk.name === 'index') || chunk.moduleIds.includes(sdkModule))
          visit(chunk.fileName);
      }
      const size = (name: string) => brotli(chunks.get(name)?.code ?? '');
      const total = [...initial].reduce((sum, name) => sum + size(name), 0);
      const lazy = [...chunks.keys()].filter((name) => !initial.has(name));
      const lines = [
        `JS to the lobby (brotli): ${kb(total)} in ${initial.size} file(s): ${[...initial].join(', ')}`,
        ...lazy.map((name) => `  lazy ${name}: ${kb(size(name))} brotli`),
      ];
      process.stdout.write(`\n[client-size] ${lines.join('\n[client-size] ')}\n`);
    },
  };
}

/**
 * Phaser's feature flags, as its own builds set them (`typeof CANVAS_RENDERER` and the like, which are
 * "undefined", a true string, when nothing sets them): the custom build keeps the Canvas renderer only and
 * leaves out WebGL, sound and the optional plugins.
 */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

export function phaserFlags(): Plugin {
  const pattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'buying-center:phaser-flags',
    transform(code, id) {
      if (!id.startsWith(phaserSrc) || !pattern.test(code)) return null;
      pattern.lastIndex = 0;
      return { code: code.replace(pattern, (_m, flag: string) => String(PHASER_FLAGS[flag])), map: null };
    },
  };
}

/**
 * The SDK's room input (streaming a client's inputs to rooms that declare an input schema, with schema helpers of
 * its own) is created only when a room declares input, which this game's rooms never do. The build swaps the
 * module for one whose constructor says so: 3.6 KB less, compressed, before the join screen works.
 */
export function sdkWithoutInput(): Plugin {
  const replacement = '\0buying-center:sdk-room-input';
  return {
    name: 'buying-center:sdk-without-input',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromSdk = importer?.replaceAll('\\', '/').includes('/@colyseus/sdk/build/') ?? false;
      return fromSdk && source === './input/RoomInput.mjs' ? replacement : null;
    },
    load(id) {
      if (id !== replacement) return null;
      return [
        'export class RoomInput {',
        '  constructor() {',
        "    throw new Error('This client is built without the Colyseus SDK room input (see vite.config.ts).');",
        '  }',
        '}',
      ].join('\n');
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [
    sdkWithoutInput(),
    phaserFlags(),
    initialSize(),
    // Every text asset also as .br and .gz beside it, at the strongest settings (it is done once, at build);
    // server/http/static.ts serves the one the browser accepts. A file that does not shrink keeps no copy.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 0,
      skipIfLargerOrEqual: true,
      logLevel: 'silent',
    }),
  ],
  resolve: {
    // The table imports `phaser`; the build gets the custom build of client/student/phaser-build.ts, which
    // takes its modules from Phaser's source (the package's exports offer only the whole bundle).
    alias: [
      { find: /^phaser$/, replacement: phaserBuild },
      { find: /^phaser\/src\//, replacement: phaserSrc },
    ],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Phaser is one large library, loaded only once a student sits at a table.
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: false,
    // dist/client/.vite/manifest.json: which chunks each module needs, for tests/build/client-size.test.ts (the
    // server never serves dot-folders).
    manifest: true,
    // Every phone browser in use preloads modules itself; the polyfill would be one more request first.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page needs before it shows anything (the DOM helpers, the interface strings, the
            // styles' loader) in one file rather than three: each request is a round trip and ~600 bytes of
            // headers on a phone's slow link.
            {
              name: 'core',
              test: /client[\\/](ui[\\/]dom\.ts|i18n[\\/]index\.ts|i18n[\\/]en\.ts|styles\.css)/,
            },
          ],
        },
      },
      input: {
        index: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        host: fileURLToPath(new URL('./client/host.html', import.meta.url)),
        projector: fileURLToPath(new URL('./client/projector.html', import.meta.url)),
      },
    },
  },
});
