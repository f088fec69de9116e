import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANN, createWorld, PASSWORD, renderHookInTab } from '../test/harness';
import {
  useActivation,
  useChangePassword,
  useConditionalSignIn,
  usePasswordReset,
  useRegister,
  useSession,
  useSignIn,
  useSignOut,
  useSocialSignIn,
} from './index';

const NEW_PASSWORD = 'Brand-New-456';

describe('useSignIn / useSignOut', () => {
  it('signs in, exposes a typed error on wrong credentials, resets, signs out', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ signIn: useSignIn(), signOut: useSignOut(), status: useSession((s) => s.status) }));

    await act(async () => hook.current.signIn.mutate({ email: ANN, password: 'Wrong-123' }));
    await world.settle();
    expect(hook.current.signIn.isError).toBe(true);
    expect(hook.current.signIn.error?.code).toBe('INVALID_CREDENTIALS');
    expect(hook.current.signIn.error?.message).not.toContain('Wrong-123');
    act(() => hook.current.signIn.reset());
    expect(hook.current.signIn.status).toBe('idle');

    // The rendered state while the request is in flight, read from the hook itself.
    let done: Promise<void> | undefined;
    act(() => {
      done = hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    expect(hook.current.signIn).toMatchObject({ status: 'pending', isPending: true, error: null });
    expect(hook.current.status).toBe('anonymous');
    await act(async () => {
      await done;
    });
    expect(hook.current.signIn.isPending).toBe(false);
    expect(hook.current.signIn.isSuccess).toBe(true);
    expect(hook.current.status).toBe('authenticated');

    await act(() => hook.current.signOut.mutateAsync());
    expect(hook.current.status).toBe('anonymous');
    expect(hook.current.signOut.isSuccess).toBe(true);
  });

  it('isPending is true while the request is in flight', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => useSignIn());
    act(() => hook.current.mutate({ email: ANN, password: PASSWORD }));
    expect(hook.current.isPending).toBe(true);
    expect(hook.current.isSuccess).toBe(false);
    await world.settle();
    expect(hook.current.isPending).toBe(false);
    expect(hook.current.isSuccess).toBe(true);
  });
});

describe('useConditionalSignIn', () => {
  it('returns each status of the union instead of throwing', async () => {
    const world = createWorld({
      profiles: [
        { email: ANN, password: PASSWORD },
        { email: 'inactive@example.com', password: PASSWORD, activated: false },
        { email: 'mfa@example.com', password: PASSWORD, mfaRequired: true },
        { email: 'approval@example.com', password: PASSWORD, approvalRequired: true },
      ],
    });
    const hook = await renderHookInTab(world, () => ({ conditional: useConditionalSignIn(), status: useSession((s) => s.status) }));
    const attempt = async (email: string, password = PASSWORD) => {
      let result: unknown;
      await act(async () => {
        result = await hook.current.conditional.mutateAsync({ email, password });
      });
      return result as { status: string };
    };
    expect((await attempt(ANN, 'Wrong-123')).status).toBe('unauthorized');
    expect((await attempt('inactive@example.com')).status).toBe('activationRequired');
    expect((await attempt('nobody@example.com')).status).toBe('registrationRequired');
    expect((await attempt('mfa@example.com')).status).toBe('mfaRequired');
    expect((await attempt('approval@example.com')).status).toBe('approvalRequired');
    expect(hook.current.status).toBe('anonymous');
    const success = await attempt(ANN);
    expect(success.status).toBe('success');
    expect(JSON.stringify(success)).not.toMatch(/eyJ/);
    expect(hook.current.conditional.data).toEqual(success);
    expect(hook.current.status).toBe('authenticated');
  });

  it('terms acceptance: the missing agreements come back as conditions; accepting them signs in', async () => {
    const world = createWorld({ settings: { requiredAgreements: ['email'] } });
    const hook = await renderHookInTab(world, () => useConditionalSignIn());
    let first: unknown;
    await act(async () => {
      first = await hook.current.mutateAsync({ email: ANN, password: PASSWORD });
    });
    expect(first).toEqual({ status: 'termsAcceptanceRequired', conditions: ['email'] });
    await act(async () => {
      await hook.current.mutateAsync({ email: ANN, password: PASSWORD, agreements: { email: true } });
    });
    expect(hook.current.data?.status).toBe('success');
  });
});

describe('useSocialSignIn', () => {
  it('conditional mode never creates; create mode signs the new customer in', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ social: useSocialSignIn(), email: useSession((s) => s.profile?.email) }));
    const identityToken = await world.emulator.identity.mint({ provider: 'GOOGLE', email: 'gina@example.com' });
    await act(async () => {
      await hook.current.social.mutateAsync({ provider: 'GOOGLE', identityToken });
    });
    expect(hook.current.social.data?.status).toBe('registrationRequired');
    expect(world.emulator.getProfile('gina@example.com')).toBeUndefined();

    await act(async () => {
      await hook.current.social.mutateAsync({ provider: 'GOOGLE', identityToken, mode: 'create' });
    });
    expect(hook.current.social.data?.status).toBe('success');
    expect(world.emulator.getProfile('gina@example.com')).toBeDefined();
  });

  it('a tampered identity token is a typed error', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => useSocialSignIn());
    const token = world.emulator.identity.tamper(await world.emulator.identity.mint({ provider: 'FACEBOOK', email: 'f@example.com' }));
    await act(async () => hook.current.mutate({ provider: 'FACEBOOK', identityToken: token, mode: 'create' }));
    await world.settle();
    expect(hook.current.error?.code).toBe('IDENTITY_TOKEN_INVALID');
  });
});

describe('useRegister + useActivation', () => {
  it('AUTOMATIC registration signs in; a duplicate e-mail and a weak password are typed errors', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ register: useRegister(), status: useSession((s) => s.status) }));
    await act(async () => hook.current.register.mutate({ email: ANN, password: PASSWORD }));
    await world.settle();
    expect(hook.current.register.error?.code).toBe('ACCOUNT_EXISTS');
    await act(async () => hook.current.register.mutate({ email: 'bo@example.com', password: 'weak' }));
    await world.settle();
    expect(hook.current.register.error?.code).toBe('POLICY_VIOLATION');
    expect(hook.current.register.error?.fieldErrors.every((f) => f.field === 'password')).toBe(true);
    await act(async () => {
      await hook.current.register.mutateAsync({ email: 'bo@example.com', password: PASSWORD, firstName: 'Bo' });
    });
    expect(hook.current.register.data).toEqual({ status: 'signedIn' });
    expect(hook.current.status).toBe('authenticated');
  });

  it('REQUIRE_ACTIVATION: request a new link, confirm it, then sign in', async () => {
    const world = createWorld({ settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    const hook = await renderHookInTab(world, () => ({ register: useRegister(), activation: useActivation(), signIn: useSignIn() }));
    await act(async () => {
      await hook.current.register.mutateAsync({ email: 'cy@example.com', password: PASSWORD });
    });
    expect(hook.current.register.data).toEqual({ status: 'activationRequired' });
    await act(async () => hook.current.signIn.mutate({ email: 'cy@example.com', password: PASSWORD }));
    await world.settle();
    expect(hook.current.signIn.error?.code).toBe('ACCOUNT_NOT_ACTIVATED');

    world.emulator.outbox.clear();
    await act(async () => {
      await hook.current.activation.request.mutateAsync('cy@example.com');
    });
    const token = world.emulator.outbox.latest('cy@example.com', 'ACTIVATION')?.token;
    expect(token).toBeTruthy();
    await act(async () => {
      await hook.current.activation.confirm.mutateAsync(token!);
    });
    expect(hook.current.activation.confirm.isSuccess).toBe(true);
    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: 'cy@example.com', password: PASSWORD });
    });
    expect(hook.current.signIn.isSuccess).toBe(true);

    await act(async () => hook.current.activation.confirm.mutate('not-a-token'));
    await world.settle();
    expect(hook.current.activation.confirm.error?.code).toBe('TOKEN_INVALID');
  });
});

describe('usePasswordReset / useChangePassword', () => {
  it('resets a forgotten password with the mailed token', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ reset: usePasswordReset(), signIn: useSignIn() }));
    await act(async () => {
      await hook.current.reset.request.mutateAsync(ANN);
    });
    const token = world.emulator.outbox.latest(ANN, 'PASSWORD_RESET')?.token;
    expect(token).toBeTruthy();
    await act(async () => hook.current.reset.confirm.mutate({ token: token!, password: 'weak' }));
    await world.settle();
    expect(hook.current.reset.confirm.error?.code).toBe('POLICY_VIOLATION');
    await act(async () => {
      await hook.current.reset.confirm.mutateAsync({ token: token!, password: NEW_PASSWORD });
    });
    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: NEW_PASSWORD });
    });
    expect(hook.current.signIn.isSuccess).toBe(true);
  });

  it('changes the signed-in password (the old one must match)', async () => {
    const world = createWorld();
    const hook = await renderHookInTab(world, () => ({ change: useChangePassword(), signIn: useSignIn(), signOut: useSignOut() }));
    await act(async () => {
      await hook.current.signIn.mutateAsync({ email: ANN, password: PASSWORD });
    });
    await act(async () => hook.current.change.mutate({ oldPassword: 'Not-It-123', newPassword: NEW_PASSWORD }));
    await world.settle();
    expect(hook.current.change.isError).toBe(true);
    expect(hook.current.change.error?.code).toMatch(/INVALID_CREDENTIALS|VALIDATION|FORBIDDEN/);
    await act(async () => {
      await hook.current.change.mutateAsync({ oldPassword: PASSWORD, newPassword: NEW_PASSWORD });
    });
    expect(hook.current.change.isSuccess).toBe(true);
    await act(async () => {
      await hook.current.signOut.mutateAsync();
      await hook.current.signIn.mutateAsync({ email: ANN, password: NEW_PASSWORD });
    });
    expect(hook.current.signIn.isSuccess).toBe(true);
  });
});
