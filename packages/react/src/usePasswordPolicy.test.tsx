import { describe, expect, it } from 'vitest';
import { createWorld, renderHookInTab } from '../test/harness';
import { useAuthSettings, usePasswordPolicy } from './index';

describe('useAuthSettings / usePasswordPolicy', () => {
  it('are synchronous reads of the configured settings: right on the first render, no request', async () => {
    const world = createWorld();
    const seen: Array<ReturnType<typeof useAuthSettings>> = [];
    await renderHookInTab(
      world,
      () => {
        const settings = useAuthSettings();
        seen.push(settings);
        return [settings, usePasswordPolicy()];
      },
      { settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationLength: 4, requiredAgreements: ['email'], oauthClientIds: { google: 'g-id' } } },
    );
    await world.settle();
    expect(seen[0]).toMatchObject({
      registrationType: 'REQUIRE_PIN_CONFIRMATION', activationMethod: 'pin', pinConfirmationLength: 4, pinConfirmationValidInSeconds: 300,
      pinConfirmationType: 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT', requiredAgreements: ['email'], oauthClientIds: { google: 'g-id' },
    });
    // the provider's resolved settings before the client existed are the client's own afterwards
    expect(seen.at(-1)).toEqual(seen[0]);
    expect(world.emulator.requestLog.entries().filter((e) => e.path.startsWith('/sauth/settings'))).toEqual([]);
  });

  it('without configuration: the documented defaults and the SDK default policy', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ settings: useAuthSettings(), policy: usePasswordPolicy() }), { settings: undefined });
    expect(hook.current.settings).toMatchObject({ registrationType: 'AUTOMATIC', activationMethod: 'link', requiredAgreements: [], pinResendCooldownSeconds: 60 });
    expect(hook.current.policy.passwordRules).toBe('minlength: 6; maxlength: 128; required: lower; required: upper; required: digit; required: special;');
  });

  it('gives the configured workspace policy', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => usePasswordPolicy(), {
      settings: {
        passwordPolicy: {
          minLength: 10,
          maxLength: 64,
          requireAtLeastOneLowercase: true,
          requireAtLeastOneUppercase: false,
          requireAtLeastOneNumber: true,
          requireAtLeastOneNonAlphaNumeric: false,
        },
      },
    });
    const p = hook.current;
    expect(p).toMatchObject({ minLength: 10, maxLength: 64 });
    expect(p.passwordRules).toBe('minlength: 10; maxlength: 64; required: lower; required: digit;');
    expect(p.evaluate('short1')).toEqual([
      { id: 'minLength', params: { min: 10 }, passed: false },
      { id: 'maxLength', params: { max: 64 }, passed: true },
      { id: 'lowercase', params: {}, passed: true },
      { id: 'number', params: {}, passed: true },
    ]);
    expect(p.schema.safeParse('longenough1').success).toBe(true);
    const failed = p.schema.safeParse('LONGENOUGHX');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues.map((i) => i.message)).toEqual(['lowercase', 'number']);
    expect(p.policy.rules.map((r) => r.id)).toEqual(['minLength', 'maxLength', 'lowercase', 'number']);
  });

  it('a given client brings its own settings', async () => {
    const world = createWorld();
    const { createAuthClient } = await import('@synerise-auth/core');
    const props = world.tabProps();
    const client = createAuthClient({ ...props.clientOptions, apiKey: 'emulator-api-key', baseUrl: world.emulator.baseUrl, fetch: props.fetch, clock: props.clock, storage: props.storage, settings: { pinConfirmationLength: 8 } });
    const hook = await renderHookInTab(world, () => useAuthSettings(), { client });
    expect(hook.current.pinConfirmationLength).toBe(8);
    client.destroy();
  });
});
