// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: ['dist/', 'data/', '.astro/', 'node_modules/', 'coverage/', 'bench/.tmp/', 'scratch/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: rules decide, the server layer does I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/domain is pure: no Node built-ins.' },
            { group: ['astro:*', 'astro', 'astro/*'], message: 'src/domain is pure: no Astro.' },
            {
              group: ['kysely', 'kysely/*', 'pg', '@electric-sql/*'],
              message: 'src/domain is pure: no database.',
            },
            {
              group: ['**/server/**', '../server/*'],
              message: 'src/domain must not import src/server.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages, components and the middleware go through each feature's services,
    // which check permission and decide; only the services reach the SQL.
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**', 'src/middleware.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.repository.ts', '#src/server/platform/transaction.ts'],
              allowTypeImports: true,
              message:
                'Routes call a service in src/server/<feature>/, never a repository (its SQL).',
            },
          ],
        },
      ],
    },
  },
  {
    // Migrations are frozen in time and typed Kysely<any> (Kysely's own advice).
    files: ['db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
