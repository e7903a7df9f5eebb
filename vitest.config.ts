import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    setupFiles: ["tests/support/setup.ts"],
    // Integration tests build whole fixture sites with Eleventy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
