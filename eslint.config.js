// Lint: the habits the type checker does not hold. Formatting is Prettier's (.prettierrc.json), not ESLint's.
// The rule that shapes the code most: a production function is at most 60 lines (comments and blank lines not
// counted) — a module is a file of small named functions, not one closure. Test code is exempt (a describe
// block is a table of cases): `*.test.ts`, test/, and the test helpers beside a tier's code (`test-*.ts`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated or installed (as in .gitignore): `dist/` is also where `npm run build:onprem` bundles the node.
    ignores: ['node_modules/', 'dist/', 'shared/models/dist/', '.wrangler/', '.serverless/', '.esbuild*/', '.bench/', 'coverage/'],
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
    files: ['**/*.test.ts', 'test/**', '**/test-*.ts'],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // Node programs (the CLI entry, config files) run as plain JavaScript in Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
