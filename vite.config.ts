// The browser client: `client/` is the Vite root, the build goes to `dist/client` (served by server/app.ts).
// Three pages: the student's app (index.html), the instructor's console (host.html) and the projector
// (projector.html); each is its own entry, so a phone never downloads the console.
// After each build a tiny plugin prints the gzip size of the JavaScript a phone downloads before the join screen
// works (the entry chunk and everything it imports statically); Phaser and the debrief load later, on demand.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Prints the gzip size of the initial JavaScript (entry + static imports) and of each lazy chunk. */
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
      for (const chunk of chunks.values()) if (chunk.isEntry && chunk.name === 'index') visit(chunk.fileName);
      const gz = (name: string) => gzipSync(chunks.get(name)?.code ?? '', { level: 9 }).length;
      const total = [...initial].reduce((sum, name) => sum + gz(name), 0);
      const lazy = [...chunks.keys()].filter((name) => !initial.has(name));
      const lines = [
        `initial JS (gzip): ${kb(total)} in ${initial.size} file(s): ${[...initial].join(', ')}`,
        ...lazy.map((name) => `  lazy ${name}: ${kb(gz(name))} gzip`),
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

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [phaserFlags(), initialSize()],
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
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        host: fileURLToPath(new URL('./client/host.html', import.meta.url)),
        projector: fileURLToPath(new URL('./client/projector.html', import.meta.url)),
      },
    },
  },
});
