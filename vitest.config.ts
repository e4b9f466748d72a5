import { defineConfig } from 'vitest/config';

// Four projects, run in this order by `npm test` and `.ci/run`:
// unit (src/lib, scripts), content (content/ through the real rules), dist (the built site),
// browser (headless Chromium against the built site; needs /usr/bin/chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
