// Request bodies at the HTTP door: JSON only (anything else that carries a body is refused with 415, rather
// than read as "no body" and run with defaults), at most BODY_LIMIT bytes (413), nested at most MAX_DEPTH
// levels (400). The depth is counted on the raw bytes before JSON.parse, without recursion, so a body of
// 100,000 nested arrays costs one pass over it and never reaches a schema, a room call or JSON.stringify.
import express, { type NextFunction, type Request, type Response } from 'express';

export const BODY_LIMIT = '512kb';
/** A scenario document, the deepest body there is, nests about ten levels. */
export const MAX_DEPTH = 32;

/** An error body-parser passes on with this status (it keeps an error's own status). */
class BodyError extends Error {
  readonly status: number;
  readonly type: string;
  constructor(status: number, type: string, message: string) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

/** How deep the JSON text nests (objects and arrays), stopping as soon as it passes `limit`. */
export function jsonDepth(text: Uint8Array, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash: the next byte is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return max;
}

/** Whether the request carries a body: a length above zero, or a chunked one. */
function carriesBody(req: Request): boolean {
  if (req.get('transfer-encoding') !== undefined) return true;
  const length = Number(req.get('content-length') ?? 0);
  return Number.isFinite(length) && length > 0;
}

/** The body middleware of the API: refuses what is not JSON, then parses with the size and depth limits. */
export function jsonBody() {
  const parse = express.json({
    limit: BODY_LIMIT,
    verify: (_req, _res, buf) => {
      if (jsonDepth(buf, MAX_DEPTH) > MAX_DEPTH)
        throw new BodyError(400, 'entity.too.deep', `JSON nested deeper than ${MAX_DEPTH} levels`);
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (carriesBody(req) && !req.is('application/json')) {
      res.status(415).json({ error: 'Send the body as JSON (Content-Type: application/json).' });
      return;
    }
    parse(req, res, next);
  };
}

/** The answer to a body error (malformed, too large, too deep), never with a stack. */
export function bodyErrorText(error: { status?: number; type?: string }, status: number): string {
  if (status === 413) return 'The body is too large.';
  if (error.type === 'entity.too.deep') return `The body is nested too deeply (at most ${MAX_DEPTH} levels).`;
  if (status === 415) return 'This content encoding or character set is not accepted.';
  if (status === 400) return 'The body is not valid JSON.';
  return 'Something went wrong.';
}
