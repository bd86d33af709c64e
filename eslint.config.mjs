import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/** What components/ may not import (docs/architecture.md, layers). */
const COMPONENT_IMPORTS = [
  { group: ['@/lib/db/*', '@/lib/generated/*', '@prisma/*', '**/lib/db', '**/lib/generated/*'], message: 'components/ get their data from the page, never from the database or Prisma.' },
  { group: ['@/app/*', '**/app/*'], message: 'components/ get their Server Actions as props from the page (docs/conventions.md).' },
];

const PLAIN_LINKS = { name: 'next/link', message: 'The shell and the public pages use plain <a> links (ADR 010: first-load JS of public pages).' };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Every accessibility rule of jsx-a11y, not only the few that Next enables (BITV 2.0).
    files: ['**/*.tsx'],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region (role="region", e.g. a wide table) must be reachable with the
      // keyboard to be scrolled (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  {
    // The layers (docs/architecture.md): app → components → lib. lib/ is framework-free of pages
    // and components; components render what they are given and never reach for the database.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/components/*', '@/app/*', '**/components/*', '**/app/*'], message: 'lib/ never imports components/ or app/ (docs/architecture.md, layers).' }] },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: COMPONENT_IMPORTS }] },
  },
  {
    // The shell (on every page) and the cached public pages link with plain <a>: next/link would
    // add ~3 kB gzip to every public page's first-load JS, over its 140 kB budget (ADR 010).
    // components/catalogue renders the cached public catalogue too.
    files: ['components/shell/**/*.{ts,tsx}', 'components/catalogue/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [PLAIN_LINKS], patterns: COMPONENT_IMPORTS }], '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    files: ['app/\\[locale\\]/\\(public\\)/**/*.{ts,tsx}', 'app/*.{ts,tsx}', 'app/\\[locale\\]/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [PLAIN_LINKS] }], '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    files: ['scripts/**/*.cjs', 'next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright fixtures hand values on with a function named `use`; it is no React hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
