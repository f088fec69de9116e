import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { emulatorMode } from '../../test/emulatorMode';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import type { AuthSettingsInput } from '../api/contract';
import { createSimulatedTabs } from '../testing/simulatedTabs';

const PASSWORD = 'Secret-123';
type EmulatorOptions = NonNullable<Parameters<typeof createSyneriseEmulator>[0]>;

/**
 * One tab on the emulator. The client gets the workspace settings as configuration (the same
 * values the emulator enforces), never from a settings endpoint.
 */
function setup(options: EmulatorOptions = {}, wrap?: (response: Response, request: Request) => Promise<Response>, clientSettings: AuthSettingsInput = options.settings ?? {}) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ ...emulatorMode(), clock, ...options });
  const server = {
    async fetch(request: Request) {
      const response = await emulator.fetch(request.clone());
      return wrap ? wrap(response, request) : response;
    },
  };
  const sim = createSimulatedTabs({ emulator: server, count: 1, clock, clientOptions: { settings: clientSettings } });
  return { clock, emulator, sim, client: sim.tabs[0]!.client };
}

describe('conditional sign-in', { timeout: 20_000 }, () => {
  const profiles = [
    { email: 'ok@example.com', password: PASSWORD, customId: 'c-1' },
    { email: 'inactive@example.com', password: PASSWORD, activated: false },
    { email: 'approval@example.com', password: PASSWORD, approvalRequired: true },
    { email: 'mfa@example.com', password: PASSWORD, mfaRequired: true },
  ];

  it.each([
    ['nobody@example.com', 'registrationRequired', PASSWORD],
    ['ok@example.com', 'unauthorized', 'Wrong-123'],
    ['inactive@example.com', 'activationRequired', PASSWORD],
    ['approval@example.com', 'approvalRequired', PASSWORD],
    ['mfa@example.com', 'mfaRequired', PASSWORD],
  ])('%s → %s, session stays anonymous', async (email, status, password) => {
    const { client } = setup({ profiles });
    const result = await client.conditionalSignIn({ email, password });
    expect(result.status).toBe(status);
    expect(client.getSnapshot().status).toBe('anonymous');
  });

  it('TERMS_ACCEPTANCE_REQUIRED lists the missing agreements; accepting them signs in', async () => {
    const { client } = setup({ profiles, settings: { requiredAgreements: ['email'] } });
    const result = await client.conditionalSignIn({ email: 'ok@example.com', password: PASSWORD });
    expect(result).toEqual({ status: 'termsAcceptanceRequired', conditions: ['email'] });
    const accepted = await client.conditionalSignIn({ email: 'ok@example.com', password: PASSWORD, agreements: { email: true } });
    expect(accepted.status).toBe('success');
  });

  it('SUCCESS signs in with the same uuid and never exposes the token', async () => {
    const { client } = setup({ profiles });
    await client.start();
    const uuid = client.getSnapshot().uuid;
    const result = await client.conditionalSignIn({ email: 'ok@example.com', password: PASSWORD });
    expect(result).toEqual({ status: 'success', expiresAt: expect.any(Number) });
    expect(JSON.stringify(result)).not.toMatch(/eyJ/);
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', uuid, profile: { email: 'ok@example.com', customId: 'c-1' } });
    expect(client.getSnapshot().expiresAt).toBe((result as { expiresAt: number }).expiresAt);
  });

  it('signs in with a customId (any JSON scalar) instead of an e-mail, plain and conditional', async () => {
    const { client } = setup({ profiles: [{ email: 'num@example.com', password: PASSWORD, customId: 1234 }] });
    await client.signIn({ customId: 1234, password: PASSWORD });
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { customId: 1234 } });
    await client.signOut();
    expect(await client.conditionalSignIn({ customId: 1234, password: PASSWORD })).toMatchObject({ status: 'success' });
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { customId: 1234 } });
    expect(await client.getAccount()).toMatchObject({ email: 'num@example.com', customId: 1234 });
  });

  it('an unknown server status is surfaced, not a crash', async () => {
    const { client } = setup({ profiles }, async (response, request) => {
      if (!request.url.endsWith('/conditional')) return response;
      const body = (await response.json()) as Record<string, unknown>;
      return Response.json({ ...body, status: 'PASSKEY_REQUIRED', conditions: ['PASSKEY'] });
    });
    const result = await client.conditionalSignIn({ email: 'mfa@example.com', password: PASSWORD });
    expect(result).toEqual({ status: 'unknown', serverStatus: 'PASSKEY_REQUIRED', conditions: ['PASSKEY'] });
  });

  it('social: conditional first (no account), then create mode signs in', async () => {
    const { client, emulator } = setup();
    const identityToken = await emulator.identity.mint({ provider: 'GOOGLE', email: 'gina@example.com' });
    expect((await client.socialSignIn({ provider: 'GOOGLE', identityToken })).status).toBe('registrationRequired');
    const created = await client.socialSignIn({ provider: 'GOOGLE', identityToken, mode: 'create' });
    expect(created.status).toBe('success');
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { email: 'gina@example.com' } });
  });
});

describe('registration types', { timeout: 20_000 }, () => {
  const input = { email: 'new@example.com', password: PASSWORD, firstName: 'New' };

  it('AUTOMATIC → signedIn', async () => {
    const { client } = setup({ settings: { registrationType: 'AUTOMATIC' } });
    expect(await client.register(input)).toEqual({ status: 'signedIn' });
    expect(client.getSnapshot().status).toBe('authenticated');
  });

  it('REQUIRE_EMAIL_CONFIRMATION → checkEmail, signed in', async () => {
    const { client, emulator } = setup({ settings: { registrationType: 'REQUIRE_EMAIL_CONFIRMATION' } });
    expect(await client.register(input)).toEqual({ status: 'checkEmail', signedIn: true });
    expect(emulator.outbox.latest(input.email, 'EMAIL_CONFIRMATION')).toBeDefined();
  });

  it('REQUIRE_ACTIVATION → activationRequired; confirming the link lets the user sign in', async () => {
    const { client, emulator } = setup({ settings: { registrationType: 'REQUIRE_ACTIVATION' } });
    expect(await client.register(input)).toEqual({ status: 'activationRequired' });
    expect(client.getSnapshot().status).toBe('anonymous');
    const mail = emulator.outbox.latest(input.email, 'ACTIVATION') as { token?: string; link?: string } | undefined;
    const token = mail?.token ?? new URL(mail?.link ?? 'x:').searchParams.get('token') ?? '';
    await client.confirmActivation(token);
    await client.signIn(input);
    expect(client.getSnapshot().status).toBe('authenticated');
  });

  it('REQUIRE_PIN_CONFIRMATION → pinRequired with length/expiry; PIN state survives a reload; confirmPin signs in', async () => {
    const { client, emulator, sim, clock } = setup({
      settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE', pinConfirmationLength: 4, pinConfirmationValidInSeconds: 600 },
    });
    const result = await client.register(input);
    expect(result).toMatchObject({ status: 'pinRequired', pinLength: 4, expiresInSeconds: 600 });
    await clock.advance(30_000);
    const reloaded = sim.open().client;
    expect(reloaded.getPinState(input.email)).toMatchObject({ expiresInSeconds: 570, cooldownSeconds: 30, canResend: false });
    await expect(reloaded.resendPin(input.email)).rejects.toMatchObject({ code: 'PIN_RESEND_COOLDOWN' });
    const pin = (emulator.outbox.latest(input.email, 'PIN') as { pin?: string } | undefined)?.pin ?? '';
    expect(pin).toHaveLength(4);
    await client.confirmPin(input.email, pin);
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { email: input.email } });
    expect(client.getPinState(input.email)).toBeUndefined();
  });
});

describe('settings, account and sign-out', { timeout: 20_000 }, () => {
  it('settings are configuration: resolved synchronously with the documented defaults', () => {
    const { client } = setup({}, undefined, { registrationType: 'REQUIRE_PIN_CONFIRMATION', oauthClientIds: { google: 'g-id' } });
    expect(client.settings).toMatchObject({
      registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT', pinConfirmationLength: 6,
      pinConfirmationValidInSeconds: 300, pinResendCooldownSeconds: 60, requiredAgreements: [], activationMethod: 'pin', oauthClientIds: { google: 'g-id' },
      passwordPolicy: { minLength: 6, requireAtLeastOneLowercase: true, requireAtLeastOneUppercase: true, requireAtLeastOneNumber: true, requireAtLeastOneNonAlphaNumeric: true },
    });
    expect(setup().client.settings).toMatchObject({ registrationType: 'AUTOMATIC', activationMethod: 'link' });
  });

  it('account calls need a signed-in session and use its token', async () => {
    const { client } = setup({ profiles: [{ email: 'ann@example.com', password: PASSWORD, firstName: 'Ann' }] });
    await expect(client.getAccount()).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    await client.signIn({ email: 'ann@example.com', password: PASSWORD });
    expect(await client.getAccount()).toMatchObject({ email: 'ann@example.com', firstName: 'Ann' });
    expect(await client.updateAccount({ firstName: 'Anna' })).toMatchObject({ firstName: 'Anna' });
    await client.changePassword(PASSWORD, 'Better-456');
    await client.signOut();
    await client.signIn({ email: 'ann@example.com', password: 'Better-456' });
    expect(client.getSnapshot().status).toBe('authenticated');
  });

  it('sign-out: network failure still signs out locally; clearSession regenerates the uuid', async () => {
    const { client, emulator } = setup({ profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
    await client.signIn({ email: 'ann@example.com', password: PASSWORD });
    const uuid = client.getSnapshot().uuid;
    emulator.faults.inject('network-error', { path: '/sauth/my-account/logout' });
    await client.signOut();
    expect(client.getSnapshot()).toMatchObject({ status: 'anonymous', realm: 'anonymous_client', uuid });
    await client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await client.signOut({ mode: 'clearSession', fromAllDevices: true });
    const after = client.getSnapshot();
    expect(after).toMatchObject({ status: 'anonymous', realm: 'anonymous_client' });
    expect(after.uuid).not.toBe(uuid);
    expect(emulator.requestLog.entries().filter((e) => e.path === '/sauth/my-account/logout').map((e) => e.realm)).toEqual(['client', 'client']);
  });
});
