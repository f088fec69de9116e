// Page helpers shared by the storefront e2e and the consumer check (fixtures/*): they drive the
// kit's own markup (labels, data-slot) plus one `data-testid="session-status"` of the app.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

/**
 * A fresh context whose page records every console error/warning and page error: hydration
 * mismatches surface there (React logs them with console.error).
 */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`http ${response.status()}: ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(url);
  return { context, page, problems };
}

export async function waitForStatus(page, value, timeout = 20_000) {
  await page.locator(`[data-testid="session-status"][data-status="${value}"]`).waitFor({ timeout });
}

/** The newest PIN the emulator sent to `email` (its dev outbox endpoint). */
export async function pinFor(emulatorUrl, email) {
  for (let i = 0; i < 50; i += 1) {
    const res = await fetch(`${emulatorUrl}/__emulator/outbox?to=${encodeURIComponent(email)}&kind=PIN`);
    assert.ok(res.ok, `outbox → ${res.status}`);
    const { messages } = await res.json();
    const pin = messages.at(-1)?.pin;
    if (pin) return pin;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no PIN for ${email}`);
}

export async function signIn(page, email, password) {
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Registration through <AuthFlow>, then the PIN from the outbox. */
export async function registerWithPin(page, emulatorUrl, email, password = 'Shop123!') {
  await page.getByRole('button', { name: 'Create an account', exact: true }).click();
  await page.getByRole('heading', { name: 'Create an account' }).waitFor();
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  const code = page.getByLabel('Verification code');
  await code.waitFor({ timeout: 20_000 });
  // The kit's code field submits itself once all the digits are in.
  await code.fill(await pinFor(emulatorUrl, email));
}

/** Signs out through the header's <AccountMenu>. */
export async function signOutFromMenu(page) {
  await page.getByRole('banner').locator('[data-slot="account-trigger"]').click();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
}

export function assertNoProblems(problems, label) {
  assert.deepEqual(problems, [], `console errors/warnings or page errors on ${label}`);
}
