import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One PostgreSQL server per run for the contract suites; each test file makes its own database on it.
    // Then one temp folder for everything the tests write, removed at the end (test/temp-root-setup.ts).
    globalSetup: ["test/db/pg-global-setup.ts", "test/temp-root-setup.ts"],
  },
});
