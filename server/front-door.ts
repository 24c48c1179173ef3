// The first thing every HTTP request and WebSocket upgrade meets, before Express or Colyseus see it:
// - X-Real-IP is rewritten to the client's address (see client-address.ts), so that no limit keyed on the
//   address can be dodged with a header;
// - a matchmaking request is refused at once when it cannot be a join: a body over MATCHMAKE_BODY_BYTES or of
//   unknown length, or a `joinById` without a join ticket for that room. Colyseus's matchmaking route costs
//   about a millisecond a request (a Fetch API Request, its router, the matchmaker); a flood of such requests
//   refused there queues every real join behind it. Refused here, one costs a few microseconds;
// - a matchmaking request let through is served by matchmake-route.ts, Colyseus's route without its Fetch API
//   detour.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { clientAddress, type Trust } from './client-address.ts';

/** Join options are a code and a name, token or secret: a few hundred bytes. */
export const MATCHMAKE_BODY_BYTES = 16 * 1024;

export interface FrontDoor {
  trust: Trust;
  /** Whether a join ticket is good for the room (its signature and age; the gate checks the rest later). */
  ticketFor(roomId: string, ticket: string | undefined): boolean;
  /** Serves a matchmaking request that passed the door, if it is one (matchmake-route.ts); false lets it on. */
  matchmake?(req: IncomingMessage, res: ServerResponse): boolean;
}

function refuse(res: ServerResponse, status: number, code: number, error: string) {
  const body = JSON.stringify({ code, error });
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    // Colyseus's own answers carry these; the SDK reads the body either way.
    'access-control-allow-origin': '*',
  });
  res.end(body);
}

/** What to answer a matchmaking request at the door, or null to let it through. */
function screen(req: IncomingMessage, door: FrontDoor): [number, string] | null {
  const url = req.url ?? '';
  if (req.method !== 'POST' || !url.startsWith('/matchmake/')) return null;
  if (req.headers['transfer-encoding'] !== undefined)
    return [411, 'Send join options with a Content-Length.'];
  if (Number(req.headers['content-length'] ?? 0) > MATCHMAKE_BODY_BYTES)
    return [413, 'The body is too large.'];
  const joinById = /^\/matchmake\/joinById\/([^/?#]+)/.exec(url);
  if (!joinById) return null;
  const auth = req.headers.authorization;
  const ticket = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : undefined;
  let roomId: string;
  try {
    roomId = decodeURIComponent(joinById[1]!);
  } catch {
    return [400, 'That is not a room id.'];
  }
  if (!door.ticketFor(roomId, ticket))
    return [401, 'This join has no valid join ticket: look the code up again (GET /api/join/:code).'];
  return null;
}

export function frontDoor(server: Server, door: FrontDoor): void {
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean;
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event === 'request' || event === 'upgrade') {
      const req = args[0] as IncomingMessage;
      req.headers['x-real-ip'] = clientAddress(req, door.trust);
      if (event === 'request') {
        const refusal = screen(req, door);
        if (refusal) {
          // Colyseus's AUTH_FAILED code, as its own refusals carry (the SDK shows the message).
          refuse(args[1] as ServerResponse, refusal[0], 4215, refusal[1]);
          req.resume();
          return true;
        }
        if (door.matchmake?.(req, args[1] as ServerResponse)) return true;
      }
    }
    return emit(event, ...args);
  }) as Server['emit'];
}
