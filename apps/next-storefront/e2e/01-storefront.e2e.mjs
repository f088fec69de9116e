import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { assertNoProblems, launch, openPage, registerWithPin, signIn, signOutFromMenu, waitForStatus } from '../../../fixtures/e2e/flow.mjs';

const NEXT = process.env.NEXT_URL ?? 'http://127.0.0.1:3000';
const EMULATOR = process.env.EMULATOR_URL ?? 'http://127.0.0.1:8787';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(async () => {
  // Back to the bin's start state (PIN registration workspace, the demo customer).
  const res = await fetch(`${EMULATOR}/__emulator/reset`, { method: 'POST' });
  assert.equal(res.status, 204);
});

test('the server renders the pages: the layout, <AccountMenu> and <AuthFlow> come in the HTML', async () => {
  const home = await (await fetch(NEXT)).text();
  assert.match(home, /Welcome to the shop/);
  assert.match(home, /data-testid="session-status"/);
  assert.match(home, /data-slot="/, 'the kit rendered markup on the server');
  const account = await (await fetch(`${NEXT}/account`)).text();
  assert.match(account, /Your account/);
  assert.match(account, /data-testid="rendered-on-server"/);
});

test('sign-in, reload keeps the session, a server-rendered signed-in account page, sign-out', async () => {
  const { context, page, problems } = await openPage(browser, NEXT);
  await waitForStatus(page, 'anonymous');
  await signIn(page, 'demo@example.com', 'Demo123!');
  await waitForStatus(page, 'authenticated');

  await page.reload();
  await waitForStatus(page, 'authenticated');

  // A full page load of another server-rendered route, signed in.
  await page.goto(`${NEXT}/account`);
  await page.getByTestId('rendered-on-server').waitFor();
  await waitForStatus(page, 'authenticated');
  assert.equal(await page.getByTestId('account-email').textContent(), 'demo@example.com');

  await signOutFromMenu(page);
  await waitForStatus(page, 'anonymous');
  await page.getByTestId('account-anonymous').waitFor();
  await page.reload();
  await waitForStatus(page, 'anonymous');
  assertNoProblems(problems, 'sign-in → reload → account → sign-out');
  await context.close();
});

test('registration with a PIN from the outbox, reload, sign-out', async () => {
  const { context, page, problems } = await openPage(browser, NEXT);
  await waitForStatus(page, 'anonymous');
  await registerWithPin(page, EMULATOR, 'next-pin@example.com');
  await waitForStatus(page, 'authenticated');
  assert.match(await page.getByTestId('session-status').textContent(), /next-pin@example\.com/);
  await page.reload();
  await waitForStatus(page, 'authenticated');
  await signOutFromMenu(page);
  await waitForStatus(page, 'anonymous');
  assertNoProblems(problems, 'registration with PIN');
  await context.close();
});
