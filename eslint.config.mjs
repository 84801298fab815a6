// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import { floors } from './eslint/floors.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tab/dist/**', 'appPackage/build/**', '.data/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // The floors of the house: who may import whom (eslint/floors.mjs, docs/architecture.md).
  { files: ['bot/**/*.ts', 'tab/**/*.ts', 'tab/**/*.tsx'], plugins: { floors }, rules: { 'floors/imports': 'error' } },
);
