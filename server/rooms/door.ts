// The checks every room message passes before anything reads it: the sender's message allowance, the size,
// and the message's schema (the one parse it gets). A refusal names the message's id when it has a readable one.
import type { z } from 'zod';
import {
  ClientMessages,
  MAX_MESSAGE_BYTES,
  describeZodError,
  type ClientMessage,
  type ClientMessageType,
  type ErrorPayload,
} from '../../shared/protocol.ts';
import type { TokenBucket } from '../limits.ts';

export type Admitted =
  { ok: true; body: ClientMessage<ClientMessageType> } | { ok: false; error: ErrorPayload };

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message ?? null).length;
  } catch {
    return Infinity;
  }
}

export function admit(type: ClientMessageType, message: unknown, bucket: TokenBucket): Admitted {
  if (!bucket.take())
    return {
      ok: false,
      error: { to: type, code: 'rate-limited', message: 'Too many messages: slow down a little.' },
    };
  if (sizeOf(message) > MAX_MESSAGE_BYTES)
    return {
      ok: false,
      error: { to: type, code: 'too-large', message: `Messages are limited to ${MAX_MESSAGE_BYTES} bytes.` },
    };
  const parsed = (ClientMessages[type] as z.ZodType).safeParse(message);
  if (!parsed.success)
    return {
      ok: false,
      error: { to: type, code: 'invalid-message', message: describeZodError(parsed.error) },
    };
  return { ok: true, body: parsed.data as ClientMessage<ClientMessageType> };
}
