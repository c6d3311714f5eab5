import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'client/dist/',
      'client/src/gql/',
      'client/src/features/admin/gql/',
      'client/src/features/faq/gql/',
      'tests/testkit/generated/',
      '.data/',
      'scratch/',
      'bench/.tmp/',
      '.stryker-tmp/',
      'reports/',
      'test-results/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // type-graphql resolvers return promises from services by design.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly', module: 'writable' },
    },
  },
  {
    // Plain scripts the browser runs as they are (the booking page's preload).
    files: ['client/public/**/*.js'],
    languageOptions: { globals: { window: 'readonly', fetch: 'readonly', document: 'readonly' } },
  },
);
