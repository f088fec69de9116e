import { describe, expect, it } from 'vitest';
import { PASSWORD, setupFlows } from '../../test/flowHarness';

describe('createAuthFlow: following the session', () => {
  it('is `booting` until the session is known, then at its initial step with the given e-mail', async () => {
    const { sim, clock, flowOf, done } = setupFlows();
    const flow = flowOf(0, { email: 'ann@example.com' });
    expect(flow.getSnapshot().step).toBe('booting');
    expect(flow.getServerSnapshot()).toMatchObject({ step: 'booting', email: 'ann@example.com' });
    const steps: string[] = [];
    flow.subscribe(() => steps.push(flow.getSnapshot().step));
    await sim.startAll();
    await clock.flush();
    expect(flow.getSnapshot()).toMatchObject({ step: 'signIn', email: 'ann@example.com', status: 'idle', error: null });
    expect(steps).toEqual(['signIn']);
    done();
  });

  it('a sign-in in another tab moves it to signedIn; a sign-out in another tab back to signIn', async () => {
    const { sim, clock, flowOf, done } = setupFlows({}, 2);
    await sim.startAll();
    const flow = flowOf(0);
    flow.goTo('register', 'ann@example.com');
    await sim.tabs[1]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    await clock.flush();
    expect(flow.getSnapshot().step).toBe('signedIn');
    await sim.tabs[1]!.client.signOut();
    await clock.flush();
    expect(flow.getSnapshot()).toMatchObject({ step: 'signIn', email: 'ann@example.com' });
    done();
  });

  it('starts at signedIn when the session is already signed in; an expiry returns it to signIn', async () => {
    const { sim, clock, emulator, flowOf, done } = setupFlows({ tokenTtlSeconds: 3600 });
    await sim.startAll();
    await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    const flow = flowOf(0);
    expect(flow.getSnapshot().step).toBe('signedIn');
    emulator.revokeAll();
    sim.goOffline();
    await clock.advance(3600_000);
    sim.goOnline();
    await clock.advance(60_000);
    expect(sim.tabs[0]!.client.getSnapshot().status).toBe('anonymous');
    expect(flow.getSnapshot().step).toBe('signIn');
    done();
  });

  it('a session revoked on the server (SESSION_REVOKED) returns it to signIn', async () => {
    const { sim, emulator, flowOf, done } = setupFlows();
    await sim.startAll();
    await sim.tabs[0]!.client.signIn({ email: 'ann@example.com', password: PASSWORD });
    const flow = flowOf(0);
    expect(flow.getSnapshot().step).toBe('signedIn');
    emulator.revokeAll();
    await expect(sim.tabs[0]!.client.getAccount()).rejects.toMatchObject({ code: 'SESSION_REVOKED' });
    expect(flow.getSnapshot().step).toBe('signIn');
    done();
  });

  it('followSession: false starts at once and ignores the session', async () => {
    const { sim, flowOf, done } = setupFlows();
    const flow = flowOf(0, { followSession: false, initialStep: 'register' });
    expect(flow.getSnapshot().step).toBe('register');
    await sim.startAll();
    expect(flow.getSnapshot().step).toBe('register');
    done();
  });
});

describe('createAuthFlow: sign-in', () => {
  it('signs in; a wrong password is INVALID_CREDENTIALS; the typed e-mail is kept (trimmed)', async () => {
    const { sim, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: ' ann@example.com ', password: 'wrong' });
    expect(flow.getSnapshot()).toMatchObject({ step: 'signIn', status: 'error', email: 'ann@example.com' });
    expect(flow.getSnapshot().error?.code).toBe('INVALID_CREDENTIALS');
    await flow.signIn({ email: 'ann@example.com', password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({ step: 'signedIn', error: null });
    done();
  });

  it('`login` mode uses the plain login', async () => {
    const { sim, emulator, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'ann@example.com', password: PASSWORD, mode: 'login' });
    expect(flow.getSnapshot().step).toBe('signedIn');
    expect(emulator.requestLog.count({ path: /\/login\/client$/ })).toBe(1);
    done();
  });

  it('a lock carries its retry time; a second submit while one is pending is ignored', async () => {
    const { sim, clock, emulator, flowOf, done } = setupFlows({ settings: { bans: { firstThreshold: 2, firstMinutes: 5, secondThreshold: 10, secondMinutes: 60, permanentThreshold: 20 } } });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'ann@example.com', password: 'wrong' });
    await flow.signIn({ email: 'ann@example.com', password: 'wrong' });
    await flow.signIn({ email: 'ann@example.com', password: PASSWORD });
    const { error, retryAt } = flow.getSnapshot();
    expect(error?.code).toBe('ACCOUNT_LOCKED');
    expect(retryAt).toBeGreaterThan(clock.now());
    expect(retryAt).toBeLessThanOrEqual(clock.now() + 5 * 60_000);
    await clock.advance(5 * 60_000);
    const before = emulator.requestLog.count();
    const first = flow.signIn({ email: 'ann@example.com', password: PASSWORD });
    const second = flow.signIn({ email: 'ann@example.com', password: PASSWORD });
    await Promise.all([first, second]);
    expect(emulator.requestLog.count() - before).toBe(1);
    expect(flow.getSnapshot().step).toBe('signedIn');
    done();
  });

  it('terms: the conditions step, then acceptTerms re-sends the sign-in with the agreements', async () => {
    const { sim, flowOf, done } = setupFlows({ settings: { requiredAgreements: ['email'] } });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'ann@example.com', password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({ step: 'conditions', via: 'password', condition: { status: 'termsAcceptanceRequired', conditions: ['email'] } });
    expect(JSON.stringify(flow.getSnapshot())).not.toContain(PASSWORD);
    await flow.acceptTerms({ email: true });
    expect(flow.getSnapshot().step).toBe('signedIn');
    done();
  });

  it.each([
    [{ email: 'mfa@example.com', password: PASSWORD, mfaRequired: true }, 'mfaRequired'],
    [{ email: 'appr@example.com', password: PASSWORD, approvalRequired: true }, 'approvalRequired'],
    [{ email: 'link@example.com', password: PASSWORD, activated: false }, 'activationRequired'],
  ])('%o → conditions step with %s', async (profile, status) => {
    const { sim, flowOf, done } = setupFlows({ profiles: [profile] });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: profile.email, password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({ step: 'conditions', condition: { status } });
    done();
  });

  it('an unknown e-mail: REGISTRATION_REQUIRED is a condition that offers registration', async () => {
    const { sim, flowOf, done } = setupFlows();
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'ghost@example.com', password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({ step: 'conditions', condition: { status: 'registrationRequired' } });
    flow.goTo('register');
    expect(flow.getSnapshot()).toMatchObject({ step: 'register', email: 'ghost@example.com' });
    expect(flow.getSnapshot().condition).toBeUndefined();
    done();
  });

  it('activation by link: requestActivation re-sends the e-mail', async () => {
    const { sim, emulator, flowOf, done } = setupFlows({ profiles: [{ email: 'link@example.com', password: PASSWORD, activated: false }] });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'link@example.com', password: PASSWORD });
    await flow.requestActivation();
    expect(flow.getSnapshot().status).toBe('success');
    expect(emulator.outbox.latest('link@example.com', 'ACTIVATION')).toBeDefined();
    done();
  });

  it('activation by PIN is configuration: ACTIVATION_REQUIRED with activationMethod "pin" goes to the PIN step and sends a code', async () => {
    const { sim, clock, emulator, flowOf, done } = setupFlows({ client: { activationMethod: 'pin' }, profiles: [{ email: 'pin@example.com', password: PASSWORD, activated: false }] });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'pin@example.com', password: PASSWORD });
    expect(flow.getSnapshot()).toMatchObject({ step: 'pin', pin: { purpose: 'activation' } });
    await clock.flush();
    expect(emulator.requestLog.entries().some((e) => e.path.endsWith('/activation/by-pin-code/request') && e.status === 204)).toBe(true);
    done();
  });

  it('signs in by customId when one is given (the typed e-mail stays in the flow)', async () => {
    const { sim, flowOf, done } = setupFlows({ profiles: [{ email: 'cid@example.com', password: PASSWORD, customId: 'C-42' }] });
    await sim.startAll();
    const flow = flowOf(0);
    await flow.signIn({ email: 'C-42', customId: 'C-42', password: 'wrong-Password-1' });
    expect(flow.getSnapshot().error?.code).toBe('INVALID_CREDENTIALS');
    await flow.signIn({ email: 'C-42', customId: 'C-42', password: PASSWORD });
    expect(flow.getSnapshot().step).toBe('signedIn');
    expect(sim.tabs[0]!.client.getSnapshot().status).toBe('authenticated');
    done();
  });
});
