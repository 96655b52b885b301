// Flat config at the conventional name, so `npx eslint` and editors find it by themselves.
// Zero warnings allowed.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/generated/**',
      '.nx/**',
      'tmp/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Web never imports server code; a domain lib uses another only through its index.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      // Japanese text legitimately holds the full-width space (U+3000) inside strings.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Nest reads constructor parameter types at run time (emitDecoratorMetadata): an injected
    // class imported with `import type` would vanish from the metadata and break injection.
    files: ['apps/api/**/*.ts', 'libs/*/api/**/*.ts', 'libs/shared/api-core/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Tests state what they set up a moment earlier; a failed assumption fails the test anyway.
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e.ts', 'apps/api/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Where SQL lives (CONTRIBUTING.md): only a domain's repositories and the migrations talk SQL;
    // services hold the rules. And only the config reads the environment.
    files: [
      'apps/api/src/**/*.ts',
      'libs/*/api/src/**/*.ts',
      'libs/*/open-data/src/**/*.ts',
      'libs/shared/api-core/src/**/*.ts',
    ],
    ignores: ['**/*.spec.ts', '**/*.integration-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query'][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: 'SQL belongs in a <thing>.repository.ts of the domain that owns the table (or a migration).',
        },
        {
          selector: "CallExpression[callee.property.name='createQueryBuilder']",
          message: 'Queries belong in a <thing>.repository.ts of the domain that owns the table.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Only the config (libs/shared/api-core/src/lib/config) reads process.env; take it from AppConfig.',
        },
      ],
    },
  },
  {
    files: ['**/*.repository.ts', 'apps/api/src/database/migrations/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The config reads the environment; the embedded-server launchers hand it on to their child processes.
    files: ['libs/shared/api-core/src/lib/config/**/*.ts', 'apps/api/src/runtime/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
];
