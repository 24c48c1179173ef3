import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // A poll stops as soon as it holds, so a long limit costs nothing on a quiet machine; on a loaded one (CI
    // beside other work, load averages of 9 seen) a page can take several seconds to draw what the test reads.
    expect: { poll: { timeout: 10_000 } },
    // The Colyseus SDK reports every refused join and each reconnection attempt on the console; the tests
    // provoke both on purpose and check the outcome themselves. Anything else printed still shows.
    onConsoleLog: (log) =>
      !/^(Room connection was closed unexpectedly|\[Colyseus reconnection\])/.test(log.trimStart()),
  },
});
