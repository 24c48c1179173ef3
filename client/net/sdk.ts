// The part of @colyseus/sdk the client uses: the Client (and the Room it makes) with the schema serializer the
// server's rooms use. The package's index also exports client-side prediction and re-exports the whole schema
// library, which the bundle then keeps (the package does not declare itself free of side effects): about a
// quarter of the SDK's bytes that a phone would download before the join screen works.
import { registerSerializer } from '@colyseus/sdk/serializer/Serializer';
import { SchemaSerializer } from '@colyseus/sdk/serializer/SchemaSerializer';

// What the package's index does on load; without it a room's state cannot be decoded.
registerSerializer('schema', SchemaSerializer);

export { Client } from '@colyseus/sdk/Client';
