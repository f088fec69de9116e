import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { emu, launch, openShop, resetEmulator, shot, signInWith, waitForStatus } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(() => resetEmulator());

test('account page: personal information, change password, sign out from the menu', async () => {
  const { context, page } = await openShop(browser);
  await signInWith(page, 'demo@example.com', 'Demo123!');
  await waitForStatus(page, 'authenticated');
  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'My account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  const first = page.getByLabel('First name');
  await first.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="account-email"]')?.value === 'demo@example.com');
  assert.equal(await first.inputValue(), 'Ada');
  await shot(page, 'account-signed-in-light');
  await first.fill('Adele');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  assert.equal((await emu('GET', '/profiles/demo@example.com')).firstName, 'Adele');

  await page.getByLabel('Current password').fill('Demo123!');
  await page.getByLabel('New password').fill('Better456?');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('Password changed.').waitFor();

  await page.getByTestId('account-menu').click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await waitForStatus(page, 'anonymous');
  await signInWith(page, 'demo@example.com', 'Better456?');
  await waitForStatus(page, 'authenticated');
  await context.close();
});

test('custom UI page (hooks only): register with a PIN, sign out, sign in', async () => {
  await emu('POST', '/settings', { registrationType: 'REQUIRE_PIN_CONFIRMATION' });
  const { context, page } = await openShop(browser, { path: '#/custom' });
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'New here? Create an account' }).click();
  await main.getByLabel('E-mail', { exact: true }).fill('hooks@example.com');
  await main.getByLabel('Password', { exact: true }).fill('Hooks123!');
  await main.getByRole('button', { name: 'Create account' }).click();
  await main.getByRole('heading', { name: 'Confirm your e-mail' }).waitFor();
  const pin = page.locator('[data-testid="outbox-message"][data-kind="PIN"][data-to="hooks@example.com"] [data-testid="outbox-pin"]');
  await main.getByLabel('Code').fill((await pin.textContent()).trim());
  await main.getByRole('button', { name: 'Confirm', exact: true }).click();
  await main.getByTestId('custom-signed-in').waitFor();
  await main.getByRole('button', { name: 'Sign out' }).click();
  await waitForStatus(page, 'anonymous');
  await main.getByLabel('E-mail', { exact: true }).fill('hooks@example.com');
  await main.getByLabel('Password', { exact: true }).fill('Hooks123!');
  await main.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForStatus(page, 'authenticated');
  await context.close();
});
