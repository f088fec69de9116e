import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { authRequests, expectNoAxeViolations, headerSignIn, launch, openShop, resetEmulator, shot, status, waitForStatus } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(() => resetEmulator());

test('a first visit gets an anonymous session with one auth request; a reload makes none', async () => {
  const { context, page } = await openShop(browser);
  assert.equal(await status(page).getAttribute('data-status'), 'anonymous');
  assert.equal(await page.getByTestId('session-realm').textContent(), 'anonymous_client');
  const first = await authRequests();
  assert.deepEqual(first.map((e) => e.path), ['/sauth/v3/auth/login/client/anonymous']);

  await page.reload();
  await waitForStatus(page, 'anonymous');
  await page.waitForTimeout(500);
  assert.equal((await authRequests()).length, 1, 'the reload reused the stored token');
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`every page passes axe and is screenshotted (${theme})`, async () => {
    const { context, page } = await openShop(browser, { query: `?theme=${theme}` });
    for (const [name, hash] of [['shop', '#/'], ['custom', '#/custom'], ['account', '#/account'], ['workspace', '#/workspace']]) {
      await page.goto(`${page.url().split('#')[0]}${hash}`);
      await page.locator('main h1').waitFor();
      if (name === 'workspace') await page.getByRole('button', { name: 'Apply settings' }).waitFor();
      await expectNoAxeViolations(page, `${name} (${theme})`);
      await shot(page, `${name}-${theme}`);
    }
    await page.goto(`${page.url().split('#')[0]}#/`);
    await headerSignIn(page).click();
    await page.getByTestId('auth-dialog').locator('input[name="email"]').waitFor();
    await expectNoAxeViolations(page, `sign-in dialog (${theme})`);
    await page.screenshot({ path: new URL(`./screenshots/dialog-${theme}.png`, import.meta.url).pathname });
    await context.close();
  });
}

test('narrow screen (390 px) and Polish copy', async () => {
  const { context, page } = await openShop(browser, { viewport: { width: 390, height: 844 }, query: '?lang=pl' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
  await page.getByRole('heading', { level: 1, name: 'Rzeczy na spokojne poranki' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 390 px');
  await expectNoAxeViolations(page, 'shop (pl, 390 px)');
  await shot(page, 'shop-390-pl');
  await headerSignIn(page).click();
  await page.getByRole('dialog').getByRole('heading', { name: 'Zaloguj się' }).waitFor();
  const dialogOverflow = await page.getByTestId('auth-dialog').evaluate((d) => d.scrollWidth - d.clientWidth);
  assert.equal(dialogOverflow, 0, 'the dialog does not scroll sideways at 390 px');
  await expectNoAxeViolations(page, 'dialog (pl, 390 px)');
  await page.screenshot({ path: new URL('./screenshots/dialog-390-pl.png', import.meta.url).pathname });
  await context.close();
});
