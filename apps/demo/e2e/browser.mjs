// Shared helpers of the browser tests (playwright-core + Debian's /usr/bin/chromium).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:5173';
export const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const launch = () => chromium.launch(LAUNCH_OPTIONS);

/** POST/GET/DELETE a dev endpoint of the embedded emulator. */
export async function emu(method, path, body) {
  const res = await fetch(`${BASE}/__emulator${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(res.ok, `${method} ${path} → ${res.status}`);
  return res.status === 204 ? undefined : res.json();
}

export const resetEmulator = () => emu('POST', '/reset');
export const patchSettings = (patch) => emu('POST', '/settings', patch);

/** Requests the emulator logged (never tokens); `auth` = the /sauth/v3/auth/* calls. */
export async function requests() {
  const { entries } = await emu('GET', '/requests');
  return entries;
}
export const authRequests = async () => (await requests()).filter((e) => e.path.startsWith('/sauth/v3/auth/'));

/** A fresh browser context (= a fresh browser profile: empty localStorage and cookies). */
export async function openShop(browser, { path = '/', viewport = { width: 1280, height: 860 }, query = '' } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${BASE}/${query}${path.startsWith('#') ? path : `#${path}`}`);
  await waitForStatus(page, 'anonymous');
  return { context, page };
}

export const status = (page) => page.locator('[data-testid="session-status"]');
export async function waitForStatus(page, value, timeout = 15_000) {
  await page.locator(`[data-testid="session-status"][data-status="${value}"]`).waitFor({ timeout });
}

/** Runs axe-core in the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page, label) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `axe violations on ${label}`);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The newest PIN the outbox panel shows for `email`. */
export async function pinFromOutbox(page, email) {
  const pin = page.locator(`[data-testid="outbox-message"][data-kind="PIN"][data-to="${email}"] [data-testid="outbox-pin"]`).first();
  await pin.waitFor({ timeout: 10_000 });
  return (await pin.textContent()).trim();
}

/** The header's "Sign in" (the kit's AccountMenu for an anonymous visitor), in any language. */
export const headerSignIn = (page) => page.getByRole('banner').locator('[data-slot="account-sign-in"]');
/** The header's account menu trigger (the kit's AccountMenu for a signed-in customer). */
export const accountMenu = (page) => page.getByRole('banner').locator('[data-slot="account-trigger"]');

/** Opens the sign-in dialog (the kit's AuthFlow) from the header. */
export async function openSignIn(page) {
  await headerSignIn(page).click();
  const dialog = page.getByTestId('auth-dialog');
  await dialog.locator('input[name="email"]').waitFor();
  return dialog;
}

export async function signInWith(page, email, password) {
  const dialog = await openSignIn(page);
  await dialog.getByLabel('E-mail', { exact: true }).fill(email);
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  return dialog;
}
