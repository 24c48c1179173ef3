// The `debrief` message's debrief arrives deflate-raw compressed (server/debrief-message.ts). Browsers of the
// last few years inflate it with their own DecompressionStream; older phones (Safari before 16.4, Chrome before
// 103) lack 'deflate-raw' there, and load fflate's small inflater instead, only then.
import type { Debrief } from './types.ts';

function nativeInflater(): DecompressionStream | null {
  try {
    return typeof DecompressionStream === 'function' ? new DecompressionStream('deflate-raw') : null;
  } catch {
    return null; // the format is not supported
  }
}

async function inflate(deflated: Uint8Array): Promise<string> {
  const native = nativeInflater();
  if (native) {
    const stream = new Blob([deflated as Uint8Array<ArrayBuffer>]).stream().pipeThrough(native);
    return await new Response(stream).text();
  }
  const { inflateSync, strFromU8 } = await import('fflate');
  return strFromU8(inflateSync(deflated));
}

export async function inflateDebrief(deflated: unknown): Promise<Debrief | null> {
  if (!(deflated instanceof Uint8Array)) return null;
  try {
    return JSON.parse(await inflate(deflated)) as Debrief;
  } catch {
    return null;
  }
}
