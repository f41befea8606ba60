/**
 * Vitest configuration for mutation runs (`pnpm mutation:<target>`): the root configuration (tests
 * run against the TypeScript sources through aliases) restricted to the tests of one target, chosen
 * by the STRYKER_TARGET environment variable set in each Stryker configuration. Slow tests that
 * drive a browser, LibreOffice or child processes never run here.
 */
import { defineConfig } from 'vitest/config';
import root from '../vitest.config.js';

const TESTS: Record<string, string[]> = {
  cpf: ['packages/cpf/src/**/*.test.ts', 'packages/cpf/test/**/*.test.ts'],
  rnq: ['packages/rnq/src/**/*.test.ts', 'packages/rnq/test/**/*.test.ts'],
  core: [
    'packages/core/src/law/**/*.test.ts',
    'packages/core/src/money/**/*.test.ts',
    'packages/core/src/calendar/**/*.test.ts',
    'packages/core/test/**/*.test.ts',
  ],
};
const target = process.env['STRYKER_TARGET'] ?? 'cpf';
const include = TESTS[target];
if (!include) throw new Error(`STRYKER_TARGET must be one of ${Object.keys(TESTS).join(', ')}`);

// Not mergeConfig: it would append to the root's `include` instead of replacing it.
export default defineConfig({ ...root, test: { ...root.test, include } });
