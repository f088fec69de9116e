import { createSyneriseEmulator } from '@synerise-auth/emulator';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuthClient, createMemoryStorage, isAuthError, type AuthError } from '../../src/index';
import { createFakeEnvironment, createManualClock, createMemoryTabLock, createSeededRandom } from '../../src/testing/index';
import { hostileReply, MARK, toResponse, type HostileReply } from './hostileArbitraries';
import { DRIVERS, type EndpointDriver } from './hostileDrivers';
import { checkProperty, fcParams, report, runCount } from './report';

// ≥ 1000 generated hostile replies (CI) spread over every endpoint: each must become a typed
// AuthError (or, where the kit is best effort, be absorbed), the session must stay valid, no
// server text may reach an error message, and no prototype may be polluted.

const EMAIL = 'ann@example.com';
const PASSWORD = 'Secret-123';
const clock = createManualClock(Date.UTC(2026, 2, 1, 8));
const emulator = createSyneriseEmulator({ clock, profiles: [{ email: EMAIL, password: PASSWORD }] });
const perEndpoint = Math.max(10, Math.ceil(runCount(0.4)));
let runSeed = 1;

function polluted(): boolean {
  return Object.keys(Object.prototype).length > 0 || 'polluted' in {} || ({} as { token?: unknown }).token !== undefined;
}

async function exercise(driver: EndpointDriver, reply: HostileReply): Promise<string[]> {
  const problems: string[] = [];
  let hostileServed = 0;
  const fetch = clock.trackFetch(async (request: Request) => {
    if (hostile && new URL(request.url).pathname === driver.path) {
      hostileServed++;
      return toResponse(reply);
    }
    return emulator.fetch(request);
  });
  let hostile = false;
  const client = createAuthClient({
    apiKey: 'emulator-api-key', baseUrl: emulator.baseUrl, fetch, clock: clock.fork(), storage: createMemoryStorage(), random: createSeededRandom(runSeed++),
    channel: null, lock: createMemoryTabLock(), environment: createFakeEnvironment(), identityMirror: null,
  });
  const failures: AuthError[] = [];
  client.on('refreshFailed', (event) => failures.push(event.error));
  if (driver.prepare !== 'none') await client.start();
  if (driver.prepare === 'signedIn') await client.signIn({ email: EMAIL, password: PASSWORD });
  hostile = true;
  let outcome: unknown;
  try {
    outcome = await driver.act(client, { email: EMAIL, password: PASSWORD, advance: (ms) => clock.advance(ms) });
    if (!driver.mayResolve && !(driver.endpoint === 'conditionalLogin' && isPublicResult(outcome))) problems.push(`resolved with ${JSON.stringify(outcome)?.slice(0, 200)}`);
  } catch (error) {
    if (!isAuthError(error)) problems.push(`rejected with a non-AuthError: ${String(error).slice(0, 200)}`);
    else failures.push(error);
  }
  await clock.flush();
  for (const error of failures) {
    if (error.message.includes(MARK) || (error.serverCode ?? '').includes(MARK)) problems.push(`server text in the error: ${error.code}`);
    if (error.retryAfterSeconds !== undefined && !(Number.isFinite(error.retryAfterSeconds) && error.retryAfterSeconds >= 0)) problems.push(`bad retryAfterSeconds ${error.retryAfterSeconds}`);
  }
  if (hostileServed === 0) problems.push('the hostile reply was never requested');
  const snap = client.getSnapshot();
  if (snap.status !== 'anonymous' && snap.status !== 'authenticated') problems.push(`status ${snap.status}`);
  if (typeof snap.uuid !== 'string') problems.push('no uuid');
  if (snap.status === 'authenticated' && snap.realm !== 'client') problems.push(`authenticated with realm ${snap.realm}`);
  if (driver.endpoint === 'logout' && snap.status !== 'anonymous') problems.push('still signed in after sign-out');
  if (JSON.stringify(snap).includes(MARK)) problems.push('server text in the snapshot');
  if (polluted()) problems.push('Object.prototype polluted');
  client.destroy();
  return problems;
}

function isPublicResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string';
}

describe('hostile replies', () => {
  const counts = { replies: 0, endpoints: 0 };
  const byKind: Record<string, number> = {};
  for (const driver of DRIVERS) {
    it(`${driver.endpoint}: every hostile reply becomes a typed AuthError and the session stays valid`, async () => {
      const details = await checkProperty(
        `hostile-replies/${driver.endpoint}`,
        fc.asyncProperty(hostileReply(driver.kinds), async (reply) => {
          const problems = await exercise(driver, reply);
          counts.replies++;
          byKind[reply.kind] = (byKind[reply.kind] ?? 0) + 1;
          if (problems.length > 0) throw new Error(`${reply.kind} ${reply.status}: ${problems.join('; ')}`);
        }),
        fcParams(perEndpoint),
      );
      expect(details.numRuns).toBe(perEndpoint);
      counts.endpoints++;
      if (counts.endpoints === DRIVERS.length) {
        report({ property: 'hostile-replies', runs: counts.replies, steps: counts.replies, simulatedHours: 0, faults: counts.replies, failures: 0, notes: { endpoints: DRIVERS.length, perEndpoint, ...byKind } });
      }
    }, 300_000);
  }
});
