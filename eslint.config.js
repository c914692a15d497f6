// Lint: the habits the type checker does not hold. Formatting is Prettier's (.prettierrc.json), not ESLint's.
// The rule that shapes the code most: a production function is at most 60 lines (comments and blank lines not
// counted) — a module is a file of small named functions, not one closure. Tests are exempt (a describe block
// is a table of cases).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'shared/models/dist/', '.wrangler/', '.serverless/', '.esbuild*/', '.bench/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // tsc (noUnusedLocals/Parameters) already reports these, with the project's own rules.
      '@typescript-eslint/no-unused-vars': 'off',
      // An `any` needs its reason in a comment: `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- why`.
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'smart'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // Node programs (the CLI entry, config files) run as plain JavaScript in Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
