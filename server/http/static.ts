// Delivery to phones on a lecture hall's Wi-Fi: the built client is served precompressed and cached, and the
// HTTP API's answers are compressed on the fly.
// - Static files: the build writes each text asset also as .br and .gz beside it (vite.config.ts);
//   express-static-gzip serves the one the browser's Accept-Encoding prefers (brotli, then gzip, else the file
//   itself) with Content-Encoding and Vary: Accept-Encoding.
// - Caching: a hashed asset (/assets/name-HASH.ext) never changes under its name, so browsers keep it a year
//   without asking again (immutable); everything else, the HTML pages above all, is revalidated on every load
//   (no-cache: a 304 when unchanged), so a new deploy reaches a phone at once.
// - JSON answers: the compression middleware, above a threshold (a tiny answer costs more to compress than it
//   saves), with brotli at a quick level as the middleware sets it by default.
import type { ServerResponse } from 'node:http';
import { basename, relative } from 'node:path';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import type { RequestHandler } from 'express';

/** A year: as long as caches keep anything, and the file never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Smaller answers are sent as they are (a join look-up, an acknowledgement). */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/** Vite's hashed names in assets/: `name-HASH.ext`, the hash 8 or more of [A-Za-z0-9_-]. */
const HASHED = /-[\w-]{8,}\.[a-z0-9]+$/i;

/**
 * Whether a served file (its path inside the client's folder, with or without the .br/.gz suffix) is a hashed
 * build asset.
 */
export function isHashedAsset(path: string): boolean {
  const normalized = path.replaceAll('\\', '/');
  const file = basename(normalized).replace(/\.(br|gz)$/, '');
  return normalized.startsWith('assets/') && HASHED.test(file);
}

/** The built client, precompressed where the browser accepts it, with cache headers for each kind of file. */
export function staticClient(clientDir: string): RequestHandler {
  return expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      // Cache-Control is set below per file; serve-static's own max-age would apply one value to all.
      cacheControl: false,
      setHeaders(res: ServerResponse, path: string) {
        res.setHeader('Cache-Control', isHashedAsset(relative(clientDir, path)) ? IMMUTABLE : REVALIDATE);
      },
    },
  });
}

/**
 * Compresses the HTTP API's answers (JSON, CSV exports) when the client accepts it and they are large enough.
 * The join look-up (`GET /api/join/:code`, a few hundred bytes, below the threshold) skips the middleware: a
 * whole class asks for it at once, and wrapping the answer cost 4 % of the server's CPU in a join burst.
 */
export function compressAnswers(): RequestHandler {
  const compress = compression({ threshold: COMPRESS_THRESHOLD_BYTES });
  return (req, res, next) => {
    if (req.method === 'GET' && req.baseUrl === '/api' && req.path.startsWith('/join/')) {
      next();
      return;
    }
    compress(req, res, next);
  };
}
