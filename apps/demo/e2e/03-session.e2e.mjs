import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { BASE, headerSignIn, launch, patchSettings, requests, resetEmulator, signInWith, status, waitForStatus } from './browser.mjs';

const TTL = 24; // seconds: a token refreshes when half its life is left (12 s here)
const REFRESH = '/sauth/v3/auth/refresh/client';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(() => resetEmulator());

const refreshes = async () => (await requests()).filter((e) => e.path === REFRESH);

test('a short-lived token is refreshed before it expires (session panel shows it)', async () => {
  await patchSettings({ tokenTtlSeconds: TTL });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/#/`);
  await waitForStatus(page, 'anonymous');
  await signInWith(page, 'demo@example.com', 'Demo123!');
  await waitForStatus(page, 'authenticated');
  const signedInAt = await page.getByTestId('session-last-refresh').textContent();
  const next = Number.parseInt(await page.getByTestId('session-next-refresh').textContent(), 10);
  assert.ok(next > 0 && next <= TTL / 2 + 1, `next refresh in ${next} s`);

  await page.getByTestId('session-last-refresh').filter({ hasNotText: signedInAt }).waitFor({ timeout: (TTL + 5) * 1000 });
  const done = await refreshes();
  assert.ok(done.length >= 1, 'a refresh request was made');
  assert.ok(done.every((e) => e.status === 200 && !e.tokenExpired), 'never with an expired token');
  assert.equal(await status(page).getAttribute('data-status'), 'authenticated');
  assert.equal(await page.getByTestId('session-realm').textContent(), 'client');
  await context.close();
});

test('two tabs: one refreshes each token, and signing out in one signs out the other', async () => {
  await patchSettings({ tokenTtlSeconds: TTL });
  const context = await browser.newContext();
  const a = await context.newPage();
  await a.goto(`${BASE}/#/`);
  await waitForStatus(a, 'anonymous');
  const b = await context.newPage();
  await b.goto(`${BASE}/#/account`);
  await waitForStatus(b, 'anonymous');

  await signInWith(a, 'demo@example.com', 'Demo123!');
  await waitForStatus(a, 'authenticated');
  await waitForStatus(b, 'authenticated');
  assert.equal(await b.getByTestId('session-email').textContent(), 'demo@example.com');

  // Wait for a refresh of the signed-in token in either tab.
  const signedInAt = (await requests()).length;
  const deadline = Date.now() + (TTL + 8) * 1000;
  let after = [];
  while (Date.now() < deadline) {
    after = (await requests()).slice(signedInAt).filter((e) => e.path === REFRESH && e.realm === 'client');
    if (after.length > 0) break;
    await a.waitForTimeout(500);
  }
  assert.ok(after.length >= 1, 'the signed-in token was refreshed');
  await a.waitForTimeout(1500); // give the follower tab time to (not) refresh the same token
  const all = (await refreshes()).map((e) => e.tokenId);
  assert.equal(new Set(all).size, all.length, 'no token was refreshed twice (one tab refreshes)');
  const leaders = await Promise.all([a, b].map((p) => p.getByTestId('session-leader').getAttribute('data-leader')));
  assert.equal(leaders.filter((l) => l === 'true').length, 1, `exactly one tab leads (${leaders})`);

  await b.getByRole('button', { name: 'Sign out on all devices' }).click();
  await waitForStatus(b, 'anonymous');
  await waitForStatus(a, 'anonymous');
  await headerSignIn(a).waitFor();
  assert.equal(await headerSignIn(a).isVisible(), true);
  await context.close();
});
