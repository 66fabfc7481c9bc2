// office-addin-lint's configuration (Microsoft's recommended rules for add-ins), plus this project's:
// TypeScript checks undefined names itself, so ESLint's no-undef only misreads browser and Office
// globals, and the core no-unused-vars misreads parameter names in function types. React's hooks
// rules catch stale closures and conditional hooks in the pane.
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...officeAddins.configs.recommended,
  {
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tsParser },
  },
  { files: ['**/*.ts', '**/*.tsx'], rules: { 'no-undef': 'off', 'no-unused-vars': 'off' } },
  {
    // The command line's launcher, build scripts and tool configs: CommonJS in Node.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
];
