// Imported before the SDK by the benchmark's student processes: without a global WebSocket the SDK takes the
// `ws` package (its own fallback for Node, the library the server runs on) instead of Node's built-in one, whose
// connection set-up and message dispatch cost the benchmark's clients about twice as much CPU. The clients
// share the machine's two cores with the server they measure (docs/performance.md); the server sees the same
// WebSocket protocol either way.
delete (globalThis as { WebSocket?: unknown }).WebSocket;
