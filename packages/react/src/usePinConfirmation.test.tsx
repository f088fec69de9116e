import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, renderHookInTab } from '../test/harness';
import { usePinConfirmation, useRegister, useSession } from './index';

const EMAIL = 'pia@example.com';

function pinWorld() {
  return createWorld({
    settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationValidInSeconds: 300, pinResendCooldownSeconds: 60 },
  });
}

describe('usePinConfirmation', () => {
  it('registration → live countdowns → cooldown error → wrong PIN → confirm signs in', async () => {
    const world = pinWorld();
    const hook = await renderHookInTab(world, () => ({
      register: useRegister(),
      pin: usePinConfirmation(EMAIL),
      status: useSession((s) => s.status),
    }));
    expect(hook.current.pin).toMatchObject({ cooldownSeconds: 0, expiresInSeconds: 0, canResend: true });
    await act(async () => {
      await hook.current.register.mutateAsync({ email: EMAIL, password: PASSWORD });
    });
    expect(hook.current.register.data).toMatchObject({ status: 'pinRequired', pinLength: 6 });
    await world.advance(1000);
    expect(hook.current.pin.expiresInSeconds).toBe(299);
    expect(hook.current.pin.cooldownSeconds).toBe(59);
    expect(hook.current.pin.canResend).toBe(false);

    for (let i = 0; i < 3; i++) await world.advance(1000);
    expect(hook.current.pin.expiresInSeconds).toBe(296);
    expect(hook.current.pin.cooldownSeconds).toBe(56);

    await act(async () => hook.current.pin.resend.mutate());
    await world.settle();
    expect(hook.current.pin.resend.error?.code).toBe('PIN_RESEND_COOLDOWN');

    await act(async () => hook.current.pin.confirm.mutate('000000' === world.emulator.outbox.latest(EMAIL, 'PIN')?.pin ? '111111' : '000000'));
    await world.settle();
    expect(hook.current.pin.confirm.error?.code).toBe('PIN_INVALID');
    expect(hook.current.status).toBe('anonymous');

    const pin = world.emulator.outbox.latest(EMAIL, 'PIN')?.pin;
    expect(pin).toMatch(/^\d{6}$/);
    await act(async () => {
      await hook.current.pin.confirm.mutateAsync(pin!);
    });
    await world.settle();
    expect(hook.current.status).toBe('authenticated');
    expect(hook.current.pin.expiresInSeconds).toBe(0);
  });

  it('resend works after the cooldown and restarts it; state survives a reload', async () => {
    const world = pinWorld();
    const first = await renderHookInTab(world, () => ({ register: useRegister(), pin: usePinConfirmation(EMAIL) }));
    await act(async () => {
      await first.current.register.mutateAsync({ email: EMAIL, password: PASSWORD });
    });
    await world.advance(61_000);
    await world.advance(1000);
    expect(first.current.pin.canResend).toBe(true);
    const firstPin = world.emulator.outbox.latest(EMAIL, 'PIN')?.id;
    await act(async () => {
      await first.current.pin.resend.mutateAsync();
    });
    await world.settle();
    expect(world.emulator.outbox.latest(EMAIL, 'PIN')?.id).not.toBe(firstPin);
    expect(first.current.pin.cooldownSeconds).toBe(60);
    expect(first.current.pin.expiresInSeconds).toBe(300);

    await world.advance(10_000);
    first.view.unmount();
    const reloaded = await renderHookInTab(world, () => usePinConfirmation(EMAIL));
    expect(reloaded.current.cooldownSeconds).toBe(50);
    expect(reloaded.current.expiresInSeconds).toBe(290);
  });

  it('request() sends a new PIN from another tab once the cooldown is over', async () => {
    const world = pinWorld();
    const tabA = await renderHookInTab(world, () => useRegister());
    await act(async () => {
      await tabA.current.mutateAsync({ email: EMAIL, password: PASSWORD });
    });
    const tabB = await renderHookInTab(world, () => usePinConfirmation(EMAIL));
    expect(tabB.current.cooldownSeconds).toBe(60); // shared storage: the other tab sees the PIN state
    const before = world.emulator.outbox.latest(EMAIL, 'PIN')?.id;
    await world.advance(61_000);
    await act(async () => {
      await tabB.current.request.mutateAsync();
    });
    await world.settle();
    expect(tabB.current.request.isSuccess).toBe(true);
    expect(world.emulator.outbox.latest(EMAIL, 'PIN')?.id).not.toBe(before);
    expect(tabB.current.expiresInSeconds).toBe(300);
    expect(tabB.current.cooldownSeconds).toBe(60);
  });
});
