/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Sized for a busy 2-core machine: no test may fail because the machine is slow (none asserts time).
  testTimeout: 60_000,
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  moduleNameMapper: { "^papi:fonts$": "<rootDir>/tests/support/fonts.js" },
  globalSetup: "<rootDir>/tests/global-setup.js",
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  collectCoverageFrom: ["src/core/**/*.ts"],
  coverageThreshold: { "src/core/": { lines: 90 } },
  coverageReporters: ["text-summary", "lcov"],
};
