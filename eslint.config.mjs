// office-addin-lint's configuration (Microsoft's recommended rules for add-ins), plus this project's:
// TypeScript checks undefined names itself, so ESLint's no-undef only misreads browser and Office
// globals, and the core no-unused-vars misreads parameter names in function types.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...officeAddins.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser },
  },
  { files: ['**/*.ts', '**/*.tsx'], rules: { 'no-undef': 'off', 'no-unused-vars': 'off' } },
];
