// A view's message packed from its parts, each part packed once for everyone. The parts of views are shared:
// every viewer at a table who sees the seats, the questions or an event alike holds the same object, and an
// object of a state is never written once made (shared/rules/draft.ts, view.ts). So the MessagePack bytes of
// an object are kept with it (weakly) and a view or patch message is the concatenation of its parts' bytes:
// a change that touches the seats packs them once, not once per viewer (packing was half of the fan-out's
// time once views were compared by identity: docs/performance.md). The bytes are what packing the whole
// message at once gives a decoder: MessagePack's maps and arrays are a header and their entries one after
// another, and Colyseus packs without records (`useRecords: false`), so every part stands alone.
import { Protocol, getMessageBytes } from '@colyseus/core';
import { Packr } from 'msgpackr';

const packr = new Packr({ useRecords: false });
const parts = new WeakMap<object, Uint8Array>();
const keys = new Map<string, Uint8Array>();

/** The bytes of one value: an object's are packed once and kept with it. */
export function packedPart(value: unknown): Uint8Array {
  if (value === null || typeof value !== 'object') return packr.pack(value);
  let bytes = parts.get(value);
  if (!bytes) {
    // A copy: what msgpackr returns is a view into its working buffer.
    bytes = Uint8Array.from(packr.pack(value));
    parts.set(value, bytes);
  }
  return bytes;
}

function packedKey(key: string): Uint8Array {
  let bytes = keys.get(key);
  if (!bytes) {
    bytes = Uint8Array.from(packr.pack(key));
    // Field names are the views' own few; a key from elsewhere is not kept.
    if (keys.size < 1000) keys.set(key, bytes);
  }
  return bytes;
}

function header(n: number, fix: number, b16: number, b32: number): Uint8Array {
  if (n < 16) return Uint8Array.of(fix | n);
  if (n < 0x10000) return Uint8Array.of(b16, n >> 8, n & 0xff);
  return Uint8Array.of(b32, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** A map's bytes from its entries' (keys in the order given). */
export function packedMap(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array[] {
  const out: Uint8Array[] = [header(entries.length, 0x80, 0xde, 0xdf)];
  for (const [k, v] of entries) out.push(packedKey(k), v);
  return out;
}

/** An array's bytes from its items'. */
export function packedArray(items: readonly unknown[]): Uint8Array[] {
  const out: Uint8Array[] = [header(items.length, 0x90, 0xdc, 0xdd)];
  for (const item of items) out.push(packedPart(item));
  return out;
}

/** A record's bytes, each of its values packed as a part. */
export function packedRecord(record: object): Uint8Array[] {
  const entries: [string, Uint8Array][] = [];
  for (const [k, v] of Object.entries(record)) entries.push([k, packedPart(v)]);
  return packedMap(entries);
}

/** A room message (`type`) whose payload is the concatenation of `chunks`, as Colyseus frames it. */
export function roomMessage(type: string, chunks: readonly Uint8Array[]): Buffer {
  return getMessageBytes.raw(Protocol.ROOM_DATA, type, undefined, Buffer.concat(chunks));
}

export function concat(...chunks: (Uint8Array | readonly Uint8Array[])[]): Uint8Array {
  return Buffer.concat(chunks.flatMap((c) => (c instanceof Uint8Array ? [c] : c)));
}
