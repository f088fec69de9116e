import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { BASE, launch, patchSettings, requests, resetEmulator, waitForStatus } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(() => resetEmulator());

// A reload reuses the stored token (0 requests); the reloaded tab must still refresh it before
// it expires. Found by this suite: after a reload core schedules no refresh (health shows no
// nextRefreshAt and "another tab" leads — the tab that no longer exists).
test('after a reload the only tab still refreshes its token before expiry', async () => {
  await patchSettings({ tokenTtlSeconds: 24 });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/#/`);
  await waitForStatus(page, 'anonymous');
  await page.reload();
  await waitForStatus(page, 'anonymous');
  // "Last refresh" shows when the token in use was obtained: it changes once the tab refreshes.
  const before = await page.getByTestId('session-last-refresh').textContent();
  const refreshed = page.getByTestId('session-last-refresh').filter({ hasNotText: before });
  await refreshed.waitFor({ timeout: 30_000 }).catch(() => undefined);
  const refreshes = (await requests()).filter((e) => e.path === '/sauth/v3/auth/refresh/client');
  assert.ok(refreshes.length >= 1, `no refresh after the reload (next refresh shown: ${await page.getByTestId('session-next-refresh').textContent()})`);
  assert.ok(refreshes.every((e) => !e.tokenExpired), 'never sent an expired token');
  await context.close();
});
