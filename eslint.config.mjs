// Lint and format checks (`npm run lint`, run by .ci/run before the tests). The style rules say
// what the code already does (2-space indent, semicolons, trailing commas on multi-line lists,
// spacing), so that they catch drift without reformatting the project; quotes are left free
// (French text and SQL take double quotes where single ones would need escapes).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // generated data (npm run lexicon) and test inputs
  // bench/out/: what the accuracy harness compiles (git-ignored); a run of the tests leaves it behind
  { ignores: ['dist/', 'node_modules/', 'bench/out/', 'test/fixtures/', 'src/lexicon/leads-fr-data.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    // the source keeps a few `eslint-disable no-control-regex` comments; the rule is off here
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { '@stylistic': stylistic },
    rules: {
      // terminal escapes and NUL are what several patterns are about (src/format/output.ts visible())
      'no-control-regex': 'off',
      // unused names are reported without failing: several areas are being changed at once
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-useless-escape': 'warn',
      'no-regex-spaces': 'warn',
      'no-useless-assignment': 'warn',
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, flatTernaryExpressions: true, offsetTernaryExpressions: true, ignoredNodes: ['TemplateLiteral *', 'ConditionalExpression *', 'CallExpression > ObjectExpression', 'TSUnionType', 'TSIntersectionType'] }],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/eol-last': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 2 }],
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/arrow-parens': ['error', 'always'],
    },
  },
  {
    // the launcher is CommonJS: require() is how it loads the bundle
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
