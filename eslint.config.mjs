// ESLint: the house rules on top of typescript-eslint's recommended set. Formatting is Prettier's job (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      // core is pure TypeScript: no Apps Script globals, no Node APIs.
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../gas/*', '../../gas/*', '../local/*', '../../local/*', 'node:*', 'fs', 'path'] },
      ],
      // core counts days in UTC only, so its results cannot depend on the host's zone (the zone pass leaves core out).
      'no-restricted-properties': [
        'error',
        ...['getDate', 'getDay', 'getMonth', 'getFullYear', 'getHours', 'getMinutes', 'getTimezoneOffset']
          .concat(['setDate', 'setMonth', 'setFullYear', 'setHours', 'setMinutes', 'toDateString', 'toTimeString'])
          .map((property) => ({ property, message: 'local time depends on the host zone: use the UTC method' })),
      ],
    },
  },
  {
    // Google's MIME types are spelled once, in core, for every layer to import (src/core/google-mime.ts says whence).
    files: ['src/**/*.ts'],
    ignores: ['src/core/google-mime.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/vnd\\.google-apps/]', 'TemplateElement[value.raw=/vnd\\.google-apps/]'].map((selector) => ({
          selector,
          message: 'a Google MIME type: import it from src/core/google-mime.ts',
        })),
      ],
    },
  },
  {
    files: ['bin/**/*.js', '**/*.cjs', 'jest.config.js', 'jest.zone.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
