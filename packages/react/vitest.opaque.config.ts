import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The whole suite again with opaque tokens (the emulator's `opaqueTokens`: nothing the kit
// could decode; test/harness.tsx reads the variable). Part of `pnpm test`.
export default defineConfig({
  ...base,
  test: { ...base.test, env: { SYNERISE_EMULATOR_OPAQUE: '1' } },
});
