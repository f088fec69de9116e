// The workspace settings are loaded on the server (lib/settings.ts, a workspace API key the
// browser never sees) and passed to <SyneriseAuthProvider settings>: the e2e workspace is
// REQUIRE_PIN_CONFIRMATION + PIN for everyone, so registration shows the PIN step.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { launch, pinFor, waitForStatus } from '../../../fixtures/e2e/flow.mjs';

const NEXT = process.env.NEXT_URL ?? 'http://127.0.0.1:3000';
const EMULATOR = process.env.EMULATOR_URL ?? 'http://127.0.0.1:8787';
const WORKSPACE_API_KEY = process.env.WORKSPACE_API_KEY ?? 'emulator-workspace-api-key';
const SETTINGS_PATH = '/sauth/settings/synerise-auth';

/** @returns {Promise<Array<{ method: string, path: string, realm: string | null, status: number, tokenId?: string }>>} */
async function requests() {
  const res = await fetch(`${EMULATOR}/__emulator/requests`);
  assert.equal(res.status, 200);
  return (await res.json()).entries;
}

/** Payloads of every JWT-looking string in `text`. */
function jwtPayloads(text) {
  return [...text.matchAll(/eyJ[\w-]+\.(eyJ[\w-]+)\.[\w-]+/g)].map((m) => JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')));
}

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(async () => {
  const res = await fetch(`${EMULATOR}/__emulator/reset`, { method: 'POST' });
  assert.equal(res.status, 204);
});

test('the server reads the settings with a workspace token; neither the key nor a token reaches the page', async () => {
  const html = await (await fetch(NEXT)).text();
  const reads = (await requests()).filter((e) => e.path === SETTINGS_PATH);
  assert.ok(reads.length >= 1, 'the page render read the workspace settings');
  for (const read of reads) {
    assert.equal(read.realm, 'workspace', 'read with a workspace token');
    assert.equal(read.status, 200);
  }
  // The settings themselves are in the RSC payload the provider hydrates from.
  assert.match(html, /REQUIRE_PIN_CONFIRMATION/);

  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1], NEXT).href);
  assert.ok(scripts.length > 0, 'the page loads its client JS');
  const bodies = [html, ...(await Promise.all(scripts.map(async (src) => (await fetch(src)).text())))];
  for (const body of bodies) {
    assert.ok(!body.includes(WORKSPACE_API_KEY), 'no workspace API key in the page HTML or JS');
    for (const read of reads) assert.ok(read.tokenId && !body.includes(read.tokenId), 'no workspace token id in the page');
    assert.deepEqual(jwtPayloads(body).filter((p) => p.rlm === 'workspace'), [], 'no workspace token in the page');
  }
});

test('registration shows the PIN step from the server-loaded settings; the browser never asks for settings', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  /** @type {string[]} */
  const browserPaths = [];
  /** @type {string[]} */
  const problems = [];
  context.on('request', (request) => browserPaths.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(NEXT);
  await waitForStatus(page, 'anonymous');

  const email = 'server-settings@example.com';
  await page.getByRole('button', { name: 'Create an account', exact: true }).click();
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('Shop123!');
  await page.getByRole('button', { name: 'Create account', exact: true }).click();
  const code = page.getByLabel('Verification code');
  await code.waitFor({ timeout: 20_000 });
  await code.fill(await pinFor(EMULATOR, email));
  await waitForStatus(page, 'authenticated');

  assert.ok(browserPaths.some((p) => p.startsWith('/sauth/') || p.startsWith('/uauth/')), 'the browser talked to the emulator');
  assert.deepEqual(browserPaths.filter((p) => p.startsWith('/sauth/settings') || p === '/uauth/v2/auth/login/profile'), [], 'no settings read or workspace login from the browser');
  const log = await requests();
  assert.ok(log.some((e) => e.path === SETTINGS_PATH), 'the settings were read (by the server)');
  assert.deepEqual(log.filter((e) => e.path.startsWith('/sauth/settings') && e.realm !== 'workspace'), [], 'every settings read used a workspace token');
  assert.deepEqual(problems, []);
  await context.close();
});
