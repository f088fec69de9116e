import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The suites that sign in, refresh and reload, again with opaque tokens (the emulator's
// `opaqueTokens`: nothing the kit could decode). Part of `pnpm test`; see test/emulatorMode.ts.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/session/**/*.test.ts', 'src/client/**/*.test.ts', 'src/api/*.emulator.test.ts'],
    env: { SYNERISE_EMULATOR_OPAQUE: '1' },
  },
});
