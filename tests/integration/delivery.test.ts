// What the server sends a phone: each static file in the encoding the browser's Accept-Encoding prefers
// (brotli, then gzip, else the file itself) with Vary, hashed assets cached as immutable and the pages
// revalidated, and the API's JSON compressed above the threshold. The client here is a small folder made by the
// test, laid out as the build lays out dist/client (each file beside its .br and .gz).
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD_BYTES, isHashedAsset } from '../../server/http/static.ts';
import { startInProcess, tempDir, type Running } from './harness.ts';

const PAGE = `<!doctype html><html><head><title>Buying Center</title></head><body>${'<p>join</p>'.repeat(40)}</body></html>`;
const SCRIPT = `export const table = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `seat ${i}`))};\n`;
const TINY = 'export const x = 1;\n';

let server: Running;

function writeWithCopies(path: string, text: string) {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

beforeAll(async () => {
  const client = tempDir();
  mkdirSync(join(client, 'assets'));
  writeWithCopies(join(client, 'index.html'), PAGE);
  writeWithCopies(join(client, 'assets', 'game-Ab3_x-9Z.js'), SCRIPT);
  // A file too small to be worth compressing: the build keeps no copies of it.
  writeFileSync(join(client, 'assets', 'types-CVUIWmoH.js'), TINY);
  // The build's manifest, for the tests only.
  mkdirSync(join(client, '.vite'));
  writeWithCopies(join(client, '.vite', 'manifest.json'), JSON.stringify({ 'index.html': { file: 'x' } }));
  server = await startInProcess(tempDir(), { clientDir: client });
});

afterAll(async () => {
  await server.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that shows the bytes as sent (fetch would decode them and hide what crossed the wire). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(answer: Answer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  expect(encoding).toBeUndefined();
  return answer.body.toString('utf8');
}

const varies = (answer: Answer) =>
  String(answer.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes('accept-encoding');

describe('static files', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['deflate', undefined],
    ['identity', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['', undefined],
  ])('Accept-Encoding "%s" gets %s, Vary and the same content', async (accept, encoding) => {
    for (const [path, text, type] of [
      ['/assets/game-Ab3_x-9Z.js', SCRIPT, /^text\/javascript/],
      ['/', PAGE, /^text\/html/],
      ['/index.html', PAGE, /^text\/html/],
    ] as const) {
      const answer = await get(path, accept ? { 'accept-encoding': accept } : {});
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-encoding'], path).toBe(encoding);
      expect(varies(answer), path).toBe(true);
      expect(answer.headers['content-type'], path).toMatch(type);
      expect(Number(answer.headers['content-length']), path).toBe(answer.body.length);
      expect(decoded(answer), path).toBe(text);
      if (encoding) expect(answer.body.length, path).toBeLessThan(Buffer.byteLength(text));
    }
  });

  it('a file without compressed copies is sent as it is', async () => {
    const answer = await get('/assets/types-CVUIWmoH.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString('utf8')).toBe(TINY);
  });

  it('hashed assets are immutable for a year; pages are revalidated each time', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const asset = await get('/assets/game-Ab3_x-9Z.js', { 'accept-encoding': accept });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const tiny = await get('/assets/types-CVUIWmoH.js', { 'accept-encoding': accept });
      expect(tiny.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const page of ['/', '/index.html', '/?code=ABC123']) {
        const answer = await get(page, { 'accept-encoding': accept });
        expect(answer.headers['cache-control'], page).toBe('no-cache');
      }
    }
  });

  it('a revalidated page that has not changed is a 304 with no body', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).not.toBe('undefined');
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('never serves the build’s dot-folders, in any encoding', async () => {
    for (const accept of ['br', 'gzip', 'identity'])
      expect((await get('/.vite/manifest.json', { 'accept-encoding': accept })).status).toBe(404);
  });

  it('tells hashed build assets from other files', () => {
    expect(isHashedAsset('assets/game-D1MnOxdb.js')).toBe(true);
    expect(isHashedAsset('assets/game-D1MnOxdb.js.br')).toBe(true);
    expect(isHashedAsset('assets/core-B3wkZYdp.css.gz')).toBe(true);
    expect(isHashedAsset('assets/rolldown-runtime-WkwZ5CU-.js')).toBe(true);
    expect(isHashedAsset('index.html')).toBe(false);
    expect(isHashedAsset('index.html.br')).toBe(false);
    expect(isHashedAsset('assets/notes.txt')).toBe(false);
    expect(isHashedAsset('game-D1MnOxdb.js')).toBe(false);
  });
});

describe('JSON answers', () => {
  it('include the scenario JSON Schema, compressed', async () => {
    const answer = await get('/scenario.schema.json', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(answer))).toHaveProperty('$schema');
  });

  it('are compressed by Accept-Encoding above the threshold, with Vary', async () => {
    const plain = await get('/api/scenarios');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);
    const text = plain.body.toString('utf8');
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const answer = await get('/api/scenarios', { 'accept-encoding': accept });
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(varies(answer)).toBe(true);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(decoded(answer)).toBe(text);
      if (encoding) expect(answer.body.length).toBeLessThan(plain.body.length / 2);
    }
  });

  it('carry no ETag (nothing revalidates them; the join look-up’s answer is new every time)', async () => {
    for (const path of ['/api/scenarios', '/healthz', '/api/join/ZZZZZZ']) {
      const answer = await get(path);
      expect(answer.headers.etag, path).toBeUndefined();
    }
    // The client's files keep theirs (the page test above).
    expect((await get('/')).headers.etag).toBeDefined();
  });

  it('below the threshold are sent as they are', async () => {
    const answer = await get('/healthz', { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ status: 'ok' });
  });
});
