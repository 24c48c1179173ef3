import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The Colyseus SDK reports every refused join and each reconnection attempt on the console; the tests
    // provoke both on purpose and check the outcome themselves. Anything else printed still shows.
    onConsoleLog: (log) =>
      !/^(Room connection was closed unexpectedly|\[Colyseus reconnection\])/.test(log.trimStart()),
  },
});
