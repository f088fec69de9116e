// Core's session, sign-in, refresh and reload suites run twice (`pnpm test`): against the
// emulator's JWTs, and with SYNERISE_EMULATOR_OPAQUE=1 (vitest.opaque.config.ts), where every
// token is an opaque string the kit cannot decode (issue 13: the SDKs moved to encrypted
// tokens). Spread `emulatorMode()` into the options of every emulator those suites create.

export const opaqueTokensRequested = (): boolean => process.env['SYNERISE_EMULATOR_OPAQUE'] === '1';

export function emulatorMode(): { opaqueTokens?: true } {
  return opaqueTokensRequested() ? { opaqueTokens: true } : {};
}

/**
 * With opaque tokens the anonymous login reply (documented as `{token}`) says nothing about the
 * token's expiry, so the kit refreshes it at once to learn it: the request(s) that adds.
 */
export const learnsExpiry = <T>(...requests: T[]): T[] => (opaqueTokensRequested() ? requests : []);
