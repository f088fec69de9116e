// Issue 13 "Done when": the browser client never calls a settings endpoint (the emulator's
// request log across every flow), and registration with every type and with PIN works with
// the settings given as configuration only. A source check backs the request log: no browser
// code (core `.`, react, ui) names a settings path.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createSyneriseEmulator, type EmulatorOptions, type SyneriseEmulator } from '@synerise-auth/emulator';
import { describe, expect, it } from 'vitest';
import type { AuthSettingsInput, RegistrationType } from '../src/api/contract';
import { createManualClock } from '../src/testing/manualClock';
import { createSimulatedTabs } from '../src/testing/simulatedTabs';

const PASSWORD = 'Secret-123';
const settingsCalls = (emulator: SyneriseEmulator) => emulator.requestLog.entries().filter((e) => e.path.includes('/settings'));

function setup(workspace: EmulatorOptions['settings'], config: AuthSettingsInput) {
  const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
  const emulator = createSyneriseEmulator({ clock, settings: workspace, profiles: [{ email: 'ann@example.com', password: PASSWORD }] });
  const sim = createSimulatedTabs({ emulator, count: 1, clock, clientOptions: { settings: config } });
  return { clock, emulator, client: sim.tabs[0]!.client };
}

const outbox = (emulator: SyneriseEmulator, email: string, kind: 'PIN' | 'ACTIVATION' | 'PASSWORD_RESET') =>
  emulator.outbox.latest(email, kind) as { pin?: string; token?: string } | undefined;

describe('settings are configuration: the browser never calls a settings endpoint', { timeout: 60_000 }, () => {
  it.each<[RegistrationType, AuthSettingsInput['pinConfirmationType'], string]>([
    ['AUTOMATIC', undefined, 'signedIn'],
    ['REQUIRE_EMAIL_CONFIRMATION', undefined, 'checkEmail'],
    ['REQUIRE_ACTIVATION', undefined, 'activationRequired'],
    ['REQUIRE_PIN_CONFIRMATION', 'EVERYONE', 'pinRequired'],
    // the documented default: a PIN only on conflict with an external (social) account
    ['REQUIRE_PIN_CONFIRMATION', 'ON_CONFLICT_WITH_EXTERNAL_ACCOUNT', 'signedIn'],
  ])('register on a %s (%s) workspace → %s, then the whole journey; 0 settings requests', async (registrationType, pinConfirmationType, expected) => {
    const workspace = { registrationType, ...(pinConfirmationType ? { pinConfirmationType } : {}), pinConfirmationLength: 4 };
    const { emulator, client, clock } = setup(workspace, workspace);
    const email = 'new@example.com';
    const result = await client.register({ email, password: PASSWORD, firstName: 'New' });
    expect(result.status).toBe(expected);
    if (result.status === 'pinRequired') {
      expect(result.pinLength).toBe(4);
      await clock.advance(61_000);
      await client.resendPin(email);
      await client.confirmPin(email, outbox(emulator, email, 'PIN')?.pin ?? '');
    }
    if (result.status === 'activationRequired') {
      await client.requestActivation(email);
      await client.confirmActivation(outbox(emulator, email, 'ACTIVATION')?.token ?? '');
      await client.signIn({ email, password: PASSWORD });
    }
    expect(client.getSnapshot()).toMatchObject({ status: 'authenticated', profile: { email } });
    await client.getAccount();
    await client.updateAccount({ firstName: 'Renamed' });
    await client.changePassword(PASSWORD, 'Better-456');
    await client.signOut();
    await client.requestPasswordReset(email);
    await client.confirmPasswordReset(outbox(emulator, email, 'PASSWORD_RESET')?.token ?? '', 'Reset-789');
    await client.conditionalSignIn({ email, password: 'Reset-789' });
    await client.signOut({ mode: 'clearSession' });
    const identityToken = await emulator.identity.mint({ provider: 'GOOGLE', email: 'gina@example.com' });
    await client.socialSignIn({ provider: 'GOOGLE', identityToken, mode: 'create' });
    await clock.advance(45 * 60_000); // a proactive refresh
    expect(client.getSnapshot().status).toBe('authenticated');
    expect(settingsCalls(emulator)).toEqual([]);
    expect(emulator.requestLog.count()).toBeGreaterThan(10);
  });

  it('activation by PIN is configuration: the same server answer, link or PIN per activationMethod', async () => {
    const workspace = { registrationType: 'REQUIRE_PIN_CONFIRMATION' as const, pinConfirmationType: 'EVERYONE' as const };
    const asLink = setup(workspace, { ...workspace, activationMethod: 'link' });
    expect((await asLink.client.register({ email: 'l@example.com', password: PASSWORD })).status).toBe('activationRequired');
    const asPin = setup(workspace, workspace);
    expect(await asPin.client.register({ email: 'p@example.com', password: PASSWORD })).toMatchObject({ status: 'pinRequired', pinLength: 6, expiresInSeconds: 300 });
    expect(asPin.client.getPinState('p@example.com')).toMatchObject({ cooldownSeconds: 60, canResend: false });
  });

  it('the resend cooldown comes from configuration', async () => {
    const workspace = { registrationType: 'REQUIRE_PIN_CONFIRMATION' as const, pinConfirmationType: 'EVERYONE' as const, pinResendCooldownSeconds: 20 };
    const { client, clock } = setup(workspace, workspace);
    await client.register({ email: 'p@example.com', password: PASSWORD });
    expect(client.getPinState('p@example.com')?.cooldownSeconds).toBe(20);
    await clock.advance(21_000);
    await client.resendPin('p@example.com');
    expect(client.getPinState('p@example.com')?.cooldownSeconds).toBe(20);
  });

  it('a registration the server does not let sign in is surfaced (approval pending), not a crash', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ clock });
    const server = {
      async fetch(request: Request) {
        const response = await emulator.fetch(request);
        return request.url.endsWith('/conditional') ? Response.json({ status: 'APPROVAL_REQUIRED', conditions: ['APPROVAL'] }) : response;
      },
    };
    const client = createSimulatedTabs({ emulator: server, count: 1, clock }).tabs[0]!.client;
    expect(await client.register({ email: 'a@example.com', password: PASSWORD })).toEqual({ status: 'signInRequired', reason: 'approvalRequired', conditions: ['APPROVAL'] });
    expect(client.getSnapshot().status).toBe('anonymous');
  });
});

describe('no browser code names a settings endpoint', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));

  async function sources(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.(test|stories)\.tsx?$/.test(e.name))
      .map((e) => `${e.parentPath}/${e.name}`)
      .filter((path) => !path.includes('/server/') && !path.includes('/testing/'));
  }

  it('core (outside /server), react and ui sources never contain the settings path, and `.` never imports /server', async () => {
    const files = [...(await sources(`${root}core/src`)), ...(await sources(`${root}react/src`)), ...(await sources(`${root}ui/src`))];
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (text.includes('/sauth/settings') || /from '\.{1,2}\/(\.\.\/)*server['/]/.test(text)) offenders.push(file.slice(root.length));
    }
    expect(offenders).toEqual([]);
  });
});
