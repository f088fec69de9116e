// What shoppers and designers see: focus after sign-in/out, the social offer, the signed-in
// header, the basket, the phone layout; screenshots of each (light/dark, en/pl, 390 px).
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { accountMenu, emu, headerSignIn, launch, openShop, openSignIn, patchSettings, pinFromOutbox, resetEmulator, shot, waitForStatus } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
beforeEach(() => resetEmulator());

const PHONE = { width: 390, height: 844 };
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);
const viewShot = (page, name) => page.screenshot({ path: new URL(`./screenshots/${name}.png`, import.meta.url).pathname });

async function tabTo(page, locator, max = 20) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await isFocused(locator)) return;
  }
  assert.fail('not reachable with Tab');
}

test('keyboard only: after sign-in focus is on the account trigger, after sign-out on "Sign in"', async () => {
  const { context, page } = await openShop(browser);
  await tabTo(page, headerSignIn(page));
  await page.keyboard.press('Enter');
  await page.getByTestId('auth-dialog').locator('input[name="email"]:focus').waitFor();
  await page.keyboard.type('demo@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Demo123!');
  await page.keyboard.press('Enter');
  await waitForStatus(page, 'authenticated');
  const trigger = accountMenu(page);
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-slot') === 'account-trigger');
  assert.ok(await isFocused(trigger), 'focus is on the account trigger after sign-in');
  await page.getByTestId('welcome-toast').getByText('Welcome, Ada!').waitFor();
  await shot(page, 'signed-in-welcome-light');

  // Open the menu with the keyboard and sign out from it.
  await page.keyboard.press('Enter');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).waitFor();
  await viewShot(page, 'account-menu-light');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Sign out')) break;
  }
  await page.keyboard.press('Enter');
  await waitForStatus(page, 'anonymous');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-slot') === 'account-sign-in');
  assert.ok(await isFocused(headerSignIn(page)), 'focus is on "Sign in" after sign-out');
  await page.getByRole('banner').getByRole('status').filter({ hasText: 'You have been signed out.' }).waitFor();
  await context.close();
});

test('the social create-account offer is scrolled into view and focused (390 px)', async () => {
  const { context, page } = await openShop(browser, { viewport: PHONE });
  const dialog = await openSignIn(page);
  await dialog.getByLabel('Account at the provider').fill('sam@apple.example');
  await dialog.getByRole('button', { name: 'Continue with Apple' }).click();
  const offer = dialog.getByRole('group', { name: 'Create an account with Apple?' });
  await offer.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-slot') === 'social-create');
  const inView = await offer.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView, 'the offer is inside the viewport');
  await viewShot(page, 'social-offer-390');
  await offer.getByRole('button', { name: 'Not now' }).click();
  await page.waitForFunction(() => document.activeElement?.closest('[data-provider="apple"]') !== null);
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
  await context.close();
});

for (const [theme, lang] of [['light', 'en'], ['dark', 'pl']]) {
  test(`phone (390 px, ${theme}, ${lang}): compact header, basket, dialog, registration, PIN, account`, async () => {
    await patchSettings({ registrationType: 'REQUIRE_PIN_CONFIRMATION' });
    const { context, page } = await openShop(browser, { viewport: PHONE, query: `?theme=${theme}&lang=${lang}` });
    const header = await page.getByRole('banner').boundingBox();
    assert.ok(header && header.height <= 100, `the phone header is compact (${header?.height} px)`);
    const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    assert.equal(scheme, theme, 'the page scrollbar follows the theme');
    // Product buttons fit on one line and the cards line up.
    const buttons = page.getByTestId('add-to-basket');
    const heights = await buttons.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    assert.equal(new Set(heights).size, 1, `every basket button has one height (${heights})`);
    const tops = await buttons.evaluateAll((els) => els.slice(0, 2).map((el) => Math.round(el.getBoundingClientRect().top)));
    assert.equal(tops[0], tops[1], 'the buttons of a row line up');
    await buttons.first().click();
    await buttons.nth(2).click();
    assert.equal(await page.getByTestId('basket').getAttribute('data-count'), '2');
    await viewShot(page, `shop-390-${theme}-${lang}`);

    await headerSignIn(page).click();
    const dialog = page.getByTestId('auth-dialog');
    await dialog.locator('input[name="email"]').waitFor();
    await viewShot(page, `dialog-390-${theme}-${lang}`);
    await dialog.locator('[data-slot="create-account"]').click();
    await dialog.locator('[data-slot="register-form"], form').first().waitFor();
    const email = `phone-${lang}@example.com`;
    await dialog.locator('input[name="email"]').fill(email);
    await dialog.locator('input[name="password"]').fill('Shop123!');
    const submit = dialog.locator('button[type="submit"]');
    await submit.scrollIntoViewIfNeeded();
    await viewShot(page, `register-390-${theme}-${lang}`);
    await submit.click();
    await dialog.locator('[data-slot="pin-confirmation"]').waitFor();
    const code = await pinFromOutbox(page, email);
    await dialog.locator('[data-slot="otp-input"]').focus();
    await page.keyboard.type(code.slice(0, 3));
    await viewShot(page, `pin-390-${theme}-${lang}`);
    await page.keyboard.type(code.slice(3));
    await waitForStatus(page, 'authenticated');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-slot') === 'account-trigger');
    assert.equal(await page.getByTestId('basket').getAttribute('data-count'), '2', 'the basket survives the sign-in');
    await viewShot(page, `signed-in-390-${theme}-${lang}`);
    await accountMenu(page).click();
    await viewShot(page, `account-menu-390-${theme}-${lang}`);
    await page.keyboard.press('Escape');
    await page.goto(`${page.url().split('#')[0]}#/account`);
    await page.locator('main h1').waitFor();
    await shot(page, `account-390-${theme}-${lang}`);
    await context.close();
  });
}

test('the sign-in dialog and the PIN step for the README (desktop, light)', async () => {
  const docs = (name) => new URL(`../../../docs/screenshots/${name}.png`, import.meta.url).pathname;
  const { context, page } = await openShop(browser, { viewport: { width: 900, height: 1100 } });
  const dialog = await openSignIn(page);
  const box = await dialog.boundingBox();
  const apple = await dialog.getByRole('button', { name: 'Continue with Apple' }).boundingBox();
  // The dialog down to the provider buttons (the emulator tool below them is not the product).
  await page.screenshot({ path: docs('sign-in-dialog'), clip: { x: box.x, y: box.y, width: box.width, height: apple.y + apple.height + 16 - box.y } });
  await page.keyboard.press('Escape');
  await emu('POST', '/settings', { registrationType: 'REQUIRE_PIN_CONFIRMATION' });
  await page.reload();
  await waitForStatus(page, 'anonymous');
  const again = await openSignIn(page);
  await again.locator('[data-slot="create-account"]').click();
  await again.locator('input[name="email"]').fill('ann@example.com');
  await again.locator('input[name="password"]').fill('Shop123!');
  await again.locator('button[type="submit"]').click();
  await again.locator('[data-slot="pin-confirmation"]').waitFor();
  const code = await pinFromOutbox(page, 'ann@example.com');
  await again.locator('[data-slot="otp-input"]').focus();
  await page.keyboard.type(code.slice(0, 2));
  await again.screenshot({ path: docs('pin-step') });
  await context.close();
});
