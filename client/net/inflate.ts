// The `debrief` message's debrief arrives deflate-raw compressed (server/debrief-message.ts): the browser
// inflates it with its own DecompressionStream, no library needed.
import type { Debrief } from './types.ts';

export async function inflateDebrief(deflated: unknown): Promise<Debrief | null> {
  if (!(deflated instanceof Uint8Array)) return null;
  try {
    const stream = new Blob([deflated as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text()) as Debrief;
  } catch {
    return null;
  }
}
