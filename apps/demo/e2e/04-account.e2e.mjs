import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { accountMenu, emu, expectNoAxeViolations, launch, openShop, resetEmulator, shot, signInWith, waitForStatus } from './browser.mjs';

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
  await accountMenu(page).click();
  assert.equal(await accountMenu(page).getAttribute('aria-expanded'), 'true');
  await page.getByRole('banner').locator('[data-slot="account-panel"]').getByText('Signed in as demo@example.com').waitFor();
  await page.getByRole('button', { name: 'My account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  const first = page.getByLabel('First name');
  await first.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="account-email"]')?.value === 'demo@example.com');
  assert.equal(await first.inputValue(), 'Ada');
  await expectNoAxeViolations(page, 'account (signed in)');
  await shot(page, 'account-signed-in-light');
  await first.fill('Adele');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  assert.equal((await emu('GET', '/profiles/demo@example.com')).firstName, 'Adele');

  // The kit's ChangePasswordForm: a wrong current password first, then the right one.
  const current = page.getByLabel('Current password', { exact: true });
  const next = page.getByLabel('New password', { exact: true });
  const repeat = page.getByLabel('Repeat new password', { exact: true });
  const change = page.getByRole('button', { name: 'Change password', exact: true });
  await current.fill('Wrong123!');
  await next.fill('Better456?');
  await repeat.fill('Better456?');
  await change.click();
  await page.getByText('Your current password is incorrect.').waitFor();
  // Only the current password is cleared: the new one stays typed.
  assert.equal(await current.inputValue(), '');
  assert.equal(await next.inputValue(), 'Better456?');
  assert.equal(await repeat.inputValue(), 'Better456?');
  await current.fill('Demo123!');
  await change.click();
  await page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();

  // "Change password" in the account menu leads to the form's first field.
  await page.getByRole('link', { name: 'Shop' }).click();
  await accountMenu(page).click();
  await page.getByRole('banner').getByRole('button', { name: 'Change password' }).click();
  await page.getByLabel('Current password', { exact: true }).and(page.locator(':focus')).waitFor();

  await accountMenu(page).click();
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
  await main.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  const pin = page.locator('[data-testid="outbox-message"][data-kind="PIN"][data-to="hooks@example.com"] [data-testid="outbox-pin"]');
  await main.getByLabel('Verification code').fill((await pin.textContent()).trim());
  await main.getByRole('button', { name: 'Confirm', exact: true }).click();
  await main.getByTestId('custom-signed-in').waitFor();
  assert.equal(await main.locator('[data-slot]').count(), 0, 'no kit component on the hooks-only page');
  await main.getByRole('button', { name: 'Sign out' }).click();
  await waitForStatus(page, 'anonymous');
  await main.getByLabel('E-mail', { exact: true }).fill('hooks@example.com');
  await main.getByLabel('Password', { exact: true }).fill('Hooks123!');
  await main.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForStatus(page, 'authenticated');
  await context.close();
});
