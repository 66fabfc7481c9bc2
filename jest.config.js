/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js' },
  setupFiles: ['<rootDir>/test/setup-langs.ts'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
