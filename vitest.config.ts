import { defineConfig } from 'vitest/config';

// Three projects: pure rules (unit), repositories on real databases
// (integration: PGlite always, PostgreSQL when TEST_DATABASE_URL is set) and the
// built server in a real browser (e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // The ledger's key, as an operator would set it (the app never keeps it in the database).
          env: {
            HEARD_LEDGER_KEY: 'e2f1c0ffee5eed0ddba11c0de15fa11ab1e5ca1ab1e0f0e1d2c3b4a596877869',
          },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What a test waits for (a mail in the outbox, a row written beside
          // another) can take seconds on a loaded 2-core machine: expect.poll
          // waits up to 10 s (1 s by default), and returns as soon as it holds.
          expect: { poll: { timeout: 10_000 } },
          globalSetup: ['tests/integration/support/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          expect: { poll: { timeout: 10_000 } },
          // One browser and server at a time on a 2-core machine.
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
