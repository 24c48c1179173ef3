// A view message packed from its parts (server/rooms/packing.ts) decodes to what packing the whole message at
// once gives: maps and lists of any length, null-prototype maps, nested parts, undefined and null; a part's
// bytes are packed once and kept with it.
import { Protocol, getMessageBytes } from '@colyseus/core';
import { unpackMultiple } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import {
  concat,
  packedArray,
  packedMap,
  packedPart,
  packedRecord,
  roomMessage,
} from '../../server/rooms/packing.ts';

function decoded(bytes: Uint8Array) {
  expect(bytes[0]).toBe(Protocol.ROOM_DATA);
  return unpackMultiple(bytes.subarray(1));
}

describe('messages packed from their parts', () => {
  it('decode as the whole message packed at once', () => {
    const labels = Object.create(null) as Record<string, string>;
    labels['opt-1'] = 'Gateway';
    const shared = { id: 's', list: Array.from({ length: 20 }, (_, i) => ({ i })) };
    const view: Record<string, unknown> = { labels, shared, none: null, gone: undefined, n: 1.5, s: 'é' };
    for (let i = 0; i < 300; i++) view[`f${i}`] = i % 2 ? [i] : { i };
    const events = Array.from({ length: 17 }, (_, i) => ({ type: 'e', at: i, data: { shared } }));
    const whole = getMessageBytes.raw(Protocol.ROOM_DATA, 'view', { table: 't1', view, events });
    const parts = roomMessage(
      'view',
      packedMap([
        ['table', packedPart('t1')],
        ['view', concat(packedRecord(view))],
        ['events', concat(packedArray(events))],
      ]),
    );
    expect(decoded(parts)).toEqual(decoded(whole));
    expect(decoded(parts)[1]).toHaveProperty('view.f299', [299]);
  });

  it('packs an object once and keeps its bytes', () => {
    const part = { a: [1, 2, 3] };
    expect(packedPart(part)).toBe(packedPart(part));
    expect(packedPart({ a: [1, 2, 3] })).not.toBe(packedPart(part));
    expect(packedPart({ a: [1, 2, 3] })).toEqual(packedPart(part));
  });
});
