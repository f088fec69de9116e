import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorld, renderHookInTab } from '../test/harness';
import { useAuthSettings, usePasswordPolicy } from './index';

const SETTINGS = '/sauth/settings/synerise-auth';

describe('useAuthSettings / usePasswordPolicy', () => {
  it('requests settings ONCE however many components use the policy', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => [
      usePasswordPolicy(),
      usePasswordPolicy(),
      usePasswordPolicy(),
      usePasswordPolicy(),
      usePasswordPolicy(),
      useAuthSettings(),
      useAuthSettings(),
    ]);
    await world.settle();
    expect(world.requests(SETTINGS)).toBe(1);
    expect(hook.current[5]).toMatchObject({ isLoading: false, error: null });
    expect((hook.current[5] as ReturnType<typeof useAuthSettings>).data?.registrationType).toBe('AUTOMATIC');
    // another tab (a new provider and client) has its own cache: one request per tab, never per component
    const later = await renderHookInTab(world, () => usePasswordPolicy());
    await world.settle();
    expect(later.current.isLoading).toBe(false);
    expect(world.requests(SETTINGS)).toBe(2);
  });

  it('gives the SDK default policy while loading, then the workspace policy', async () => {
    const world = createWorld({
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
    const seen: Array<{ min: number; loading: boolean }> = [];
    const hook = await renderHookInTab(world, () => {
      const p = usePasswordPolicy();
      seen.push({ min: p.minLength, loading: p.isLoading });
      return p;
    });
    expect(seen[0]).toEqual({ min: 6, loading: true });
    await world.settle();
    const p = hook.current;
    expect(p).toMatchObject({ minLength: 10, maxLength: 64, isLoading: false });
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

  it('surfaces a failed settings request as a typed error and refetch() recovers', async () => {
    const world = createWorld();
    world.emulator.faults.inject('server-error', { count: 1, path: SETTINGS });
    const hook = await renderHookInTab(world, () => useAuthSettings());
    await world.settle();
    expect(hook.current.error?.code).toBe('SERVER');
    expect(hook.current.data).toBeUndefined();
    await act(async () => {
      await hook.current.refetch();
    });
    expect(hook.current.error).toBeNull();
    expect(hook.current.data?.pinConfirmationLength).toBe(6);
  });
});
