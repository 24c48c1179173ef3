// The benchmark's students decode the state's type reflection once per process instead of once per client.
// Every client of a room gets the same reflection in its join handshake, and the SDK builds a new set of
// classes from it each time (0.6–0.9 ms a client, the largest part of a simulated student's join); here the
// first decoding's types serve every later client whose handshake carries the same bytes, each with its own
// state and decoder. The server sends and sees exactly the same; only the simulator's own work shrinks (its
// clients share the machine's two cores with the server they measure, docs/performance.md).
import { SchemaSerializer } from '@colyseus/sdk';
import { Decoder, Reflection, type Schema } from '@colyseus/schema';

type Context = Decoder['context'];
const known = new Map<string, { Root: new () => Schema; context: Context }>();

type Serializer = { state: Schema | undefined; decoder: Decoder };
const proto = SchemaSerializer.prototype as unknown as {
  handshake: (this: Serializer, bytes: Uint8Array, it: { offset: number }) => void;
};
const original = proto.handshake;

proto.handshake = function (this: Serializer, bytes: Uint8Array, it: { offset: number }): void {
  // A client that brought its own state class: as the SDK does it.
  if (this.state) return original.call(this, bytes, it);
  const key = Buffer.from(bytes.buffer, bytes.byteOffset + it.offset, bytes.length - it.offset).toString(
    'latin1',
  );
  const seen = known.get(key);
  if (!seen) {
    const decoder = Reflection.decode(bytes, it);
    known.set(key, { Root: decoder.state.constructor as new () => Schema, context: decoder.context });
    this.decoder = decoder;
    this.state = decoder.state;
    return;
  }
  it.offset = bytes.length;
  this.state = new seen.Root();
  this.decoder = new Decoder(this.state, seen.context);
};
