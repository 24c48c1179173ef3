// The optional server-wide INSTRUCTOR_KEY: when the server has one, creating a session needs it; without one,
// anyone who reaches the server may create a session (rate-limited), as on a machine of one's own.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** The key as sent: `X-Instructor-Key: KEY`, or `Authorization: Bearer KEY` (routes without a host secret). */
export function instructorKeyOf(req: Request): string | null {
  const direct = req.get('x-instructor-key');
  if (direct) return direct.trim();
  const header = req.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return null;
}

/**
 * Compares in constant time whatever the lengths: both sides are hashed first, so neither the time nor an
 * early exit on a length difference tells how much of a guess was right.
 */
export function sameKey(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Middleware for the routes that create sessions; passes everything through when no key is set. */
export function requireInstructorKey(key: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!key) {
      next();
      return;
    }
    const given = instructorKeyOf(req);
    if (!given) {
      res.status(401).json({
        error: 'This server needs the instructor key to create a session (X-Instructor-Key).',
        code: 'instructor-key-required',
      });
      return;
    }
    if (!sameKey(given, key)) {
      res.status(403).json({ error: 'The instructor key is not right.', code: 'instructor-key-wrong' });
      return;
    }
    next();
  };
}
