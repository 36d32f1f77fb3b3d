/** Jest: TypeScript through ts-jest (types are checked once by `tsc --noEmit` in `npm test`, so here it only
 * transpiles). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 60000,
};
