// Colyseus's matchmaking route (`POST /matchmake/:method/:roomName`), served straight from Node's request. Colyseus
// serves it through better-call: a Fetch API Request with a web stream for its body, a Headers object for its CORS
// answer, its router, a Response turned back into Node's — about a fifth of the server's CPU in a join burst of
// 3,000 students (docs/performance.md, 3 December). This does what that route does (matchmaker.controller's
// `invokeMethod` with the same auth context, the same CORS headers, answers and error codes) without the detour;
// `tests/integration/matchmake-route.test.ts` holds it to Colyseus's own answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthContext, matchMaker } from '@colyseus/core';
import { own } from '../shared/own.ts';

const ROUTE = /^\/matchmake\/([^/?#]+)\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The method and room name of a matchmaking request, or null for any other request. */
export function matchmakeRoute(req: IncomingMessage): { method: string; roomName: string } | null {
  if (req.method !== 'POST') return null;
  const m = ROUTE.exec(req.url ?? '');
  if (!m) return null;
  try {
    return { method: decodeURIComponent(m[1]!), roomName: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/** The CORS headers Colyseus puts on every answer: its defaults and its controller's (overridable) rule. */
function corsHeaders(req: IncomingMessage): Record<string, string> {
  // controller.getCorsHeaders reads the request's headers through `get`, as a Headers object offers.
  const headers = {
    get: (name: string) => {
      const v = own(req.headers, name.toLowerCase());
      return Array.isArray(v) ? v.join(', ') : (v ?? null);
    },
  };
  return {
    ...matchMaker.controller.DEFAULT_CORS_HEADERS,
    ...matchMaker.controller.getCorsHeaders(headers as unknown as Headers),
  };
}

function answer(res: ServerResponse, status: number, body: unknown, cors: Record<string, string>) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...cors,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new RangeError('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answers a matchmaking request as Colyseus's route would: 503 while the matchmaker shuts down; 400 for a body
 * that is not JSON (an empty one is no options); the method's answer as JSON; a failure as its Colyseus error
 * code, which is also the HTTP status, with `{ code, error }`.
 */
export async function serveMatchmake(
  req: IncomingMessage,
  res: ServerResponse,
  route: { method: string; roomName: string },
  limit: number,
): Promise<void> {
  const cors = corsHeaders(req);
  if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) {
    answer(res, 503, { error: 'Service Unavailable' }, cors);
    req.resume();
    return;
  }
  let options: unknown;
  try {
    const text = await readBody(req, limit);
    options = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
  } catch (e) {
    if (e instanceof RangeError) answer(res, 413, { error: 'The body is too large.' }, cors);
    else answer(res, 400, { error: 'malformed request body' }, cors);
    return;
  }
  try {
    const reservation: unknown = await matchMaker.controller.invokeMethod(
      route.method,
      route.roomName,
      options,
      // Node's headers as they are: a header sent twice is an array, which Colyseus reads only for names it
      // takes one value of (authorization, the client's address), as a Headers object would join them.
      createAuthContext({
        headers: req.headers as Record<string, string | undefined>,
        req,
        remoteAddress: req.socket.remoteAddress,
      }),
    );
    answer(res, 200, reservation, cors);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const status = typeof code === 'number' && code >= 400 && code <= 599 ? code : 500;
    answer(res, status, { code: typeof code === 'number' ? code : 500, error: (e as Error).message }, cors);
  }
}
