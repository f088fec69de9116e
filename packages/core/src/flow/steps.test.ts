import { describe, expect, it } from 'vitest';
import { createSyneriseEmulator } from '@synerise-auth/emulator';
import { PASSWORD, setupFlows } from '../../test/flowHarness';
import { createManualClock } from '../testing/manualClock';
import { createSimulatedTabs } from '../testing/simulatedTabs';
import { createAuthFlow } from './authFlow';

const NEW = { email: 'new@example.com', password: PASSWORD };

describe('createAuthFlow: registration per workspace type', () => {
  it.each([
    ['AUTOMATIC', { step: 'signedIn' }],
    ['REQUIRE_EMAIL_CONFIRMATION', { step: 'checkEmail', signedIn: true }],
    ['REQUIRE_ACTIVATION', { step: 'activationPending' }],
    ['REQUIRE_PIN_CONFIRMATION', { step: 'pin', pin: { length: 6, purpose: 'registration' } }],
  ] as const)('%s → %o', async (registrationType, expected) => {
    const { sim, flowOf, done } = setupFlows({ settings: { registrationType, pinConfirmationType: 'EVERYONE' } });
    await sim.startAll();
    const flow = flowOf(0, { initialStep: 'register' });
    await flow.register(NEW);
    expect(flow.getSnapshot()).toMatchObject({ ...expected, email: 'new@example.com' });
    done();
  });

  it('an account the server does not let sign in (signInRequired) goes to signIn with the e-mail', async () => {
    const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
    const emulator = createSyneriseEmulator({ clock });
    const server = {
      async fetch(request: Request) {
        const response = await emulator.fetch(request);
        return request.url.endsWith('/conditional') ? Response.json({ status: 'APPROVAL_REQUIRED', conditions: ['APPROVAL'] }) : response;
      },
    };
    const sim = createSimulatedTabs({ emulator: server, count: 1, clock });
    await sim.startAll();
    const flow = createAuthFlow(sim.tabs[0]!.client, { clock: sim.tabs[0]!.clock, initialStep: 'register' });
    await flow.register(NEW);
    expect(flow.getSnapshot()).toMatchObject({ step: 'signIn', email: 'new@example.com', error: null });
    flow.destroy();
    sim.destroy();
  });

  it('server field errors land on their fields; ACCOUNT_EXISTS on the e-mail', async () => {
    const { sim, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0, { initialStep: 'register' });
    await flow.register({ email: 'ann@example.com', password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({ step: 'register', status: 'error' });
    expect(flow.getSnapshot().error?.code).toBe('ACCOUNT_EXISTS');
    expect(Object.keys(flow.getSnapshot().fieldErrors)).toEqual(['email']);
    await flow.register({ email: 'x@example.com', password: 'short' });
    expect(flow.getSnapshot().error?.code).toMatch(/POLICY_VIOLATION|VALIDATION/);
    expect(Object.keys(flow.getSnapshot().fieldErrors)).toContain('password');
    done();
  });
});

describe('createAuthFlow: PIN', () => {
  it('counts down expiry and cooldown on the clock, refuses an early resend, confirms the e-mailed code', async () => {
    const { sim, clock, emulator, flowOf, done } = setupFlows({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE', pinConfirmationValidInSeconds: 300 } });
    await sim.startAll();
    const flow = flowOf(0, { initialStep: 'register' });
    await flow.register(NEW);
    expect(flow.getSnapshot().pin).toMatchObject({ expiresInSeconds: 300, cooldownSeconds: 60, canResend: false, expired: false });
    await clock.advance(10_000);
    expect(flow.getSnapshot().pin).toMatchObject({ expiresInSeconds: 290, cooldownSeconds: 50 });
    await flow.resendPin();
    expect(flow.getSnapshot().error?.code).toBe('PIN_RESEND_COOLDOWN');
    await clock.advance(50_000);
    await flow.resendPin();
    expect(flow.getSnapshot()).toMatchObject({ status: 'idle', error: null, pin: { resent: true, expiresInSeconds: 300 } });
    await flow.confirmPin('000000');
    expect(flow.getSnapshot().error?.code).toBe('PIN_INVALID');
    await flow.confirmPin(emulator.outbox.latest('new@example.com', 'PIN')?.pin ?? '');
    expect(flow.getSnapshot().step).toBe('signedIn');
    expect(sim.tabs[0]!.client.getSnapshot().status).toBe('authenticated');
    done();
  });

  it('marks a code whose time ran out as expired, and stops ticking when the step is left', async () => {
    const { sim, clock, flowOf, done } = setupFlows({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE', pinConfirmationValidInSeconds: 120 } });
    await sim.startAll();
    const flow = flowOf(0, { initialStep: 'register' });
    await flow.register(NEW);
    await clock.advance(120_000);
    expect(flow.getSnapshot().pin).toMatchObject({ expiresInSeconds: 0, expired: true, canResend: true });
    flow.goTo('signIn');
    const timers = sim.tabs[0]!.clock.pendingTimers();
    await clock.advance(5_000);
    expect(sim.tabs[0]!.clock.pendingTimers()).toBeLessThanOrEqual(timers);
    expect(flow.getSnapshot().pin).toBeUndefined();
    done();
  });

  it('sign-in of a profile awaiting PIN activation goes to the PIN step and sends a code', async () => {
    const { sim, clock, emulator, flowOf, done } = setupFlows({ settings: { registrationType: 'REQUIRE_PIN_CONFIRMATION', pinConfirmationType: 'EVERYONE' } });
    await sim.startAll();
    const setupFlow = flowOf(0, { initialStep: 'register' });
    await setupFlow.register(NEW);
    emulator.outbox.clear();
    await clock.advance(301_000);
    const flow = flowOf(0);
    await flow.signIn(NEW);
    await clock.flush();
    expect(flow.getSnapshot()).toMatchObject({ step: 'pin', pin: { purpose: 'activation' } });
    expect(emulator.outbox.latest('new@example.com', 'PIN')).toBeDefined();
    done();
  });
});

describe('createAuthFlow: password reset', () => {
  it('request → resetSent; the link token sets a new password; a bad token is TOKEN_INVALID', async () => {
    const { sim, emulator, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0, { email: 'ann@example.com' });
    flow.goTo('resetRequest');
    await flow.requestReset();
    expect(flow.getSnapshot()).toMatchObject({ step: 'resetSent', email: 'ann@example.com' });
    flow.openResetLink('not-a-token');
    await flow.confirmReset('Another-456');
    expect(flow.getSnapshot().error?.code).toBe('TOKEN_INVALID');
    const token = emulator.outbox.latest('ann@example.com', 'PASSWORD_RESET')?.token ?? '';
    const fromLink = flowOf(0, { initialStep: 'resetConfirm', resetToken: token });
    expect(fromLink.getSnapshot()).toMatchObject({ step: 'resetConfirm', hasResetToken: true });
    expect(JSON.stringify(fromLink.getSnapshot())).not.toContain(token);
    await fromLink.confirmReset('Another-456');
    expect(fromLink.getSnapshot()).toMatchObject({ step: 'resetConfirm', status: 'success' });
    done();
  });
});

describe('createAuthFlow: social sign-in', () => {
  it('an unknown identity: the socialOffer step; accepting creates the account and signs in', async () => {
    const { sim, emulator, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0);
    const identityToken = await emulator.identity.mint({ provider: 'GOOGLE', email: 'g@example.com' });
    await flow.socialSignIn({ provider: 'GOOGLE', identityToken });
    expect(flow.getSnapshot()).toMatchObject({ step: 'socialOffer', social: { provider: 'GOOGLE' } });
    expect(JSON.stringify(flow.getSnapshot())).not.toContain(identityToken);
    await flow.acceptSocialOffer();
    expect(flow.getSnapshot().step).toBe('signedIn');
    done();
  });

  it('declining returns to the step it came from; a token source that fails is ABORTED', async () => {
    const { sim, emulator, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0, { initialStep: 'register' });
    await flow.socialSignIn({ provider: 'APPLE', getIdentityToken: () => emulator.identity.mint({ provider: 'APPLE', email: 'a@example.com' }) });
    expect(flow.getSnapshot().step).toBe('socialOffer');
    flow.declineSocialOffer();
    expect(flow.getSnapshot().step).toBe('register');
    await flow.acceptSocialOffer();
    expect(flow.getSnapshot().step).toBe('register');
    await flow.socialSignIn({ provider: 'GOOGLE', getIdentityToken: () => Promise.reject(new Error('closed')) });
    expect(flow.getSnapshot()).toMatchObject({ step: 'register', status: 'error', social: { provider: 'GOOGLE' } });
    expect(flow.getSnapshot().error?.code).toBe('ABORTED');
    done();
  });

  it('terms on a social sign-in: acceptTerms retries with the same identity token', async () => {
    const { sim, emulator, flowOf, done } = setupFlows({ settings: { requiredAgreements: ['email'] } });
    emulator.addProfile({ email: 'g@example.com', identities: [{ provider: 'GOOGLE', subject: 'sub-1' }] });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.socialSignIn({ provider: 'GOOGLE', identityToken: await emulator.identity.mint({ provider: 'GOOGLE', email: 'g@example.com', subject: 'sub-1' }) });
    expect(flow.getSnapshot()).toMatchObject({ step: 'conditions', via: 'social', condition: { status: 'termsAcceptanceRequired' } });
    await flow.acceptTerms({ email: true });
    expect(flow.getSnapshot().step).toBe('signedIn');
    done();
  });
});
