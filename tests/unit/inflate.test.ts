// The browser's debrief inflater: with the platform's DecompressionStream, and with the fallback that older
// phones use, both give back exactly the debrief the server compressed.
import { afterEach, describe, expect, it } from 'vitest';
import { debriefMessage } from '../../server/debrief-message.ts';
import { inflateDebrief } from '../../client/net/inflate.ts';
import { replay } from '../../shared/rules/replay.ts';
import { computeDebrief } from '../../shared/rules/debrief.ts';
import { miniScenario } from '../fixtures/mini-scenario.ts';
import { scriptedRound } from '../fixtures/playthrough.ts';

const scenario = miniScenario();
const r = replay(scenario, { seed: 1 }, scriptedRound(scenario));
const debrief = computeDebrief(scenario, r.state, r.events);
const message = debriefMessage('T1', debrief);
const native = globalThis.DecompressionStream;

afterEach(() => {
  globalThis.DecompressionStream = native;
});

describe('inflating the debrief in the browser', () => {
  it('with DecompressionStream', async () => {
    expect(await inflateDebrief(message.deflated)).toEqual(JSON.parse(JSON.stringify(debrief)));
  });

  it('without it (older phones): fflate', async () => {
    // @ts-expect-error -- a browser without DecompressionStream
    delete globalThis.DecompressionStream;
    expect(typeof globalThis.DecompressionStream).toBe('undefined');
    expect(await inflateDebrief(message.deflated)).toEqual(JSON.parse(JSON.stringify(debrief)));
  });

  it('with a DecompressionStream that knows no deflate-raw (Chrome before 103)', async () => {
    globalThis.DecompressionStream = class {
      constructor(format: string) {
        if (format !== 'gzip' && format !== 'deflate') throw new TypeError(`unsupported ${format}`);
      }
    } as unknown as typeof DecompressionStream;
    expect(await inflateDebrief(message.deflated)).toEqual(JSON.parse(JSON.stringify(debrief)));
  });

  it('gives nothing for what is not a compressed debrief', async () => {
    expect(await inflateDebrief('junk')).toBeNull();
    expect(await inflateDebrief(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
