import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { emu, headerSignIn, launch, openShop, openSignIn, patchSettings, pinFromOutbox, resetEmulator, signInWith, status, waitForStatus } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(() => resetEmulator());

/** Registers through the kit's AuthFlow in the dialog ("Create an account" under the sign-in form). */
async function register(page, email, password = 'Shop123!') {
  const dialog = await openSignIn(page);
  await dialog.getByRole('button', { name: 'Create an account', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Create an account' }).waitFor();
  await dialog.getByLabel('E-mail', { exact: true }).fill(email);
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  await dialog.getByRole('button', { name: 'Create account', exact: true }).click();
  return dialog;
}

test('registration AUTOMATIC signs the new customer in at once', async () => {
  const { context, page } = await openShop(browser);
  await register(page, 'auto@example.com');
  await waitForStatus(page, 'authenticated');
  assert.equal(await page.getByTestId('session-email').textContent(), 'auto@example.com');
  assert.equal(await page.getByTestId('auth-dialog').evaluate((d) => d.open), false, 'the dialog closed');
  await context.close();
});

test('registration REQUIRE_EMAIL_CONFIRMATION sends a confirmation e-mail', async () => {
  await patchSettings({ registrationType: 'REQUIRE_EMAIL_CONFIRMATION' });
  const { context, page } = await openShop(browser);
  const dialog = await register(page, 'confirm@example.com');
  const mail = page.locator('[data-testid="outbox-message"][data-kind="EMAIL_CONFIRMATION"][data-to="confirm@example.com"]');
  await mail.waitFor({ timeout: 10_000 });
  // Either signed in at once (the flow closes the dialog) or told to confirm the address first.
  await Promise.race([waitForStatus(page, 'authenticated'), dialog.getByRole('heading', { name: 'Confirm your e-mail' }).waitFor()]);
  if ((await status(page).getAttribute('data-status')) !== 'authenticated') {
    await dialog.getByText('We sent a confirmation link to confirm@example.com', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await mail.getByRole('button', { name: 'Confirm' }).click();
    await mail.getByRole('button', { name: 'Confirmed' }).waitFor();
    await signInWith(page, 'confirm@example.com', 'Shop123!');
  }
  await waitForStatus(page, 'authenticated');
  await context.close();
});

test('registration REQUIRE_ACTIVATION: activation link from the outbox, then sign-in', async () => {
  await patchSettings({ registrationType: 'REQUIRE_ACTIVATION' });
  const { context, page } = await openShop(browser);
  const dialog = await register(page, 'activate@example.com');
  await dialog.getByRole('heading', { name: 'Activate your account' }).waitFor();
  await dialog.getByText('We sent an activation link to activate@example.com', { exact: false }).waitFor();
  await page.keyboard.press('Escape');
  const before = await signInWith(page, 'activate@example.com', 'Shop123!');
  await before.getByRole('status').filter({ hasText: 'Your account is not active yet' }).waitFor();
  assert.equal(await status(page).getAttribute('data-status'), 'anonymous');
  await page.keyboard.press('Escape');
  const mail = page.locator('[data-testid="outbox-message"][data-kind="ACTIVATION"][data-to="activate@example.com"]').first();
  await mail.getByRole('button', { name: 'Confirm' }).click();
  await mail.getByRole('button', { name: 'Confirmed' }).waitFor();
  await signInWith(page, 'activate@example.com', 'Shop123!');
  await waitForStatus(page, 'authenticated');
  await context.close();
});

test('registration REQUIRE_PIN_CONFIRMATION (set on the workspace page): PIN read from the outbox panel', async () => {
  const { context, page } = await openShop(browser, { path: '#/workspace' });
  await page.getByTestId('ws-registration').selectOption('REQUIRE_PIN_CONFIRMATION');
  await page.getByRole('button', { name: 'Apply settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Applied' }).waitFor();
  await page.getByRole('link', { name: 'Shop' }).click();
  await waitForStatus(page, 'anonymous');
  const dialog = await register(page, 'pin@example.com');
  await dialog.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
  await dialog.getByText('We sent a 6-digit code to pin@example.com', { exact: false }).waitFor();
  const code = dialog.getByLabel('Verification code');
  const first = await pinFromOutbox(page, 'pin@example.com');
  await page.screenshot({ path: new URL('./screenshots/pin-dialog-light.png', import.meta.url).pathname });
  // The kit's code field submits itself once all the digits are in.
  await code.fill(first === '000000' ? '111111' : '000000');
  await dialog.getByText('The code is incorrect. Check it and try again.').waitFor();
  assert.equal(await code.getAttribute('aria-invalid'), 'true');
  assert.equal(await status(page).getAttribute('data-status'), 'anonymous');
  await code.fill(await pinFromOutbox(page, 'pin@example.com'));
  await waitForStatus(page, 'authenticated');
  assert.equal(await page.getByTestId('session-email').textContent(), 'pin@example.com');
  await context.close();
});

test('sign-in, then a wrong password until the account locks', async () => {
  await patchSettings({ bans: { firstThreshold: 3, firstMinutes: 5 } });
  const { context, page } = await openShop(browser);
  const dialog = await signInWith(page, 'demo@example.com', 'nope');
  const alert = dialog.getByRole('alert');
  await alert.filter({ hasText: 'The e-mail or password is incorrect.' }).waitFor();
  const password = dialog.getByLabel('Password', { exact: true });
  assert.equal(await password.inputValue(), '', 'the form cleared the wrong password');
  for (let i = 0; i < 2; i++) {
    await password.fill('nope');
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  }
  await alert.filter({ hasText: 'Your account is temporarily locked after too many failed attempts. Try again in 5 minutes.' }).waitFor();
  await password.fill('Demo123!');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  await alert.filter({ hasText: 'temporarily locked' }).waitFor();
  assert.equal(await status(page).getAttribute('data-status'), 'anonymous');
  const profile = await emu('GET', '/profiles/demo@example.com');
  assert.ok(profile.lockedUntil !== null, 'the emulator locked the account');
  await context.close();
});

test('terms acceptance is asked for, then the sign-in completes', async () => {
  await patchSettings({ requiredAgreements: ['email'] });
  const { context, page } = await openShop(browser);
  const dialog = await signInWith(page, 'terms@example.com', 'Demo123!');
  await dialog.getByRole('group', { name: 'Accept the terms to continue' }).waitFor();
  const consent = dialog.getByRole('checkbox', { name: 'E-mail marketing' });
  assert.equal(await status(page).getAttribute('data-status'), 'anonymous');
  // Without the consent the form refuses to retry.
  await dialog.getByLabel('Password', { exact: true }).fill('Demo123!');
  await dialog.getByRole('button', { name: 'Accept and continue' }).click();
  await dialog.getByText('You need to accept this to continue.').waitFor();
  await consent.check();
  await dialog.getByRole('button', { name: 'Accept and continue' }).click();
  await waitForStatus(page, 'authenticated');
  const profile = await emu('GET', '/profiles/terms@example.com');
  assert.equal(profile.agreements.email, true);
  await context.close();
});

test('Google sign-in with an offline identity token (new account: the kit offers to create it)', async () => {
  const { context, page } = await openShop(browser);
  const dialog = await openSignIn(page);
  await dialog.getByLabel('Account at the provider').fill('sam@gmail.example');
  await dialog.getByRole('button', { name: 'Continue with Google' }).click();
  const offer = dialog.getByRole('group', { name: 'Create an account with Google?' });
  await offer.getByRole('button', { name: 'Create account' }).click();
  await waitForStatus(page, 'authenticated');
  assert.equal(await page.getByTestId('session-email').textContent(), 'sam@gmail.example');
  const profile = await emu('GET', '/profiles/sam@gmail.example');
  assert.ok(profile.identities.some((i) => i.provider === 'GOOGLE'));
  await context.close();
});

test('keyboard-only sign-in', async () => {
  const { context, page } = await openShop(browser);
  const isHeaderSignIn = () => headerSignIn(page).evaluate((el) => el === document.activeElement);
  let focused = false;
  for (let i = 0; i < 15 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await isHeaderSignIn();
  }
  assert.ok(focused, 'the header sign-in button is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.getByTestId('auth-dialog').locator('input[name="email"]:focus').waitFor();
  await page.keyboard.type('demo@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Demo123!');
  await page.keyboard.press('Enter');
  await waitForStatus(page, 'authenticated');
  assert.equal(await page.getByTestId('auth-dialog').evaluate((d) => d.open), false, 'the dialog closed');
  await context.close();
});
