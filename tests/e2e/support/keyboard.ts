import type { Locator, Page } from '@playwright/test';
import { test, expect, hasTwoFactor, nextTotpCode, withSignInLock } from './fixtures';

/**
 * Keyboard-only driving for the keyboard journeys (keyboard.spec.ts): Tab (or Shift+Tab) until
 * an element has the focus — with a bound, so an element the keyboard cannot reach fails with
 * where the focus was instead — and the checks that the focus can be seen and that what
 * happened was said in a live region.
 */

/** Presses Tab (`reverse`: Shift+Tab) until `target` has the focus (at most `max` presses), then checks that the focus is visible. */
export async function tabTo(page: Page, target: Locator, { max = 60, reverse = false }: { max?: number; reverse?: boolean } = {}): Promise<void> {
  await expect(target, `${target} is not on the page`).toBeAttached();
  const key = reverse ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; !(await hasFocus(target)); presses += 1) {
    if (presses === max) throw new Error(`${target} has no focus after ${max} × ${key}; the focus is on ${await describeFocus(page)}`);
    await page.keyboard.press(key);
  }
  await expectFocusVisible(target);
}

/** `target` has the focus (now or within expect's timeout) and shows it. */
export async function expectFocusOn(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  await expectFocusVisible(target);
}

/** The focused `target` matches :focus-visible and draws an outline or a box shadow. */
export async function expectFocusVisible(target: Locator): Promise<void> {
  const style = await target.evaluate((element) => {
    const computed = getComputedStyle(element);
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const outline = computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) > 0 && !transparent(computed.outlineColor);
    return { focusVisible: element.matches(':focus-visible'), outline, boxShadow: computed.boxShadow !== 'none' };
  });
  expect(style.focusVisible, `${target} does not match :focus-visible`).toBe(true);
  expect(style.outline || style.boxShadow, `${target} has neither an outline nor a box shadow when focused`).toBe(true);
}

/** The texts of the live regions (role=status, role=alert, aria-live) in `scope`, whitespace collapsed, empty ones left out. */
export async function liveTexts(scope: Page | Locator): Promise<string[]> {
  const texts = await scope
    .locator('[role="status"], [role="alert"], [aria-live]')
    .evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return texts.filter((text) => text !== '');
}

/** Some live region in `scope` says `text` (a part of it, or a pattern). */
export async function expectAnnounced(scope: Page | Locator, text: string | RegExp): Promise<void> {
  await expect.poll(async () => (await liveTexts(scope)).join(' | '), { message: `no live region says ${text}` }).toMatch(text);
}

/**
 * An action's outcome was said, and the focus is on the status line that says it: the element
 * `document.activeElement` is a live region (role="status") whose whole text is `text`, and it
 * shows its focus. For actions whose button goes away with their success (docs/conventions.md, „Focus“).
 */
export async function expectFocusedStatus(page: Page, text: string): Promise<void> {
  await expectAnnounced(page, text);
  const active = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return { role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? null, text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    });
  await expect.poll(active, { message: `the focus is not on the status line „${text}“` }).toEqual({ role: 'status', text });
  await expectFocusVisible(page.locator(':focus'));
}

/** The dialog `name` is open and holds the focus (a native modal dialog moves it in). */
export async function expectFocusInDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement)), { message: `the focus is not in the dialog „${name}“` }).toBe(true);
  await expectFocusVisible(dialog.locator(':focus'));
  return dialog;
}

/**
 * Tab from the dialog's last control never reaches the page behind it (a modal dialog makes the
 * page inert): within two presses the focus is back on `first`, and nothing outside the dialog
 * had it in between.
 */
export async function expectTabStaysInDialog(page: Page, dialog: Locator, first: Locator): Promise<void> {
  for (let presses = 0; !(await hasFocus(first)); presses += 1) {
    if (presses === 3) throw new Error(`Tab did not come back to ${first}; the focus is on ${await describeFocus(page)}`);
    await page.keyboard.press('Tab');
    const escaped = await page.evaluate(() => document.activeElement !== document.body && !document.activeElement?.closest('dialog[open]'));
    expect(escaped, `Tab left the dialog for ${await describeFocus(page)}`).toBe(false);
  }
  await expectFocusVisible(first);
  await expect(dialog).toBeVisible();
}

/**
 * A confirmation dialog the focused `trigger` opens with Enter: it takes the focus, Escape
 * closes it and the focus is back on `trigger`; opened again, the focus is on `confirm`, and
 * Enter confirms.
 */
export async function confirmThroughDialog(page: Page, { trigger, title, confirm }: { trigger: Locator; title: string; confirm: string }): Promise<void> {
  await page.keyboard.press('Enter');
  let dialog = await expectFocusInDialog(page, title);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectFocusOn(trigger);
  await page.keyboard.press('Enter');
  dialog = await expectFocusInDialog(page, title);
  await expectFocusOn(dialog.getByRole('button', { name: confirm }));
  await page.keyboard.press('Enter');
}

/** Screenshots (test output) of the viewport with the focused element in it, at 1280 and at 320 CSS px, to look at the focus indicator. */
export async function focusScreenshots(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: viewport.height });
    await page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: test.info().outputPath(`focus-${name}-${width}.png`) });
  }
  await page.setViewportSize(viewport);
}

/** Signs in with the keyboard alone: the form's fields by Tab, Enter to send; the code step (officers, administrators) likewise. */
export async function signInByKeyboard(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await tabTo(page, page.getByLabel('E-Mail-Adresse'));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel('Passwort', { exact: true }), { max: 1 });
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  if (!(await hasTwoFactor(email))) return;
  const codeStep = page.getByTestId('sign-in-code-step');
  await expect(codeStep).toBeVisible();
  // A code works once: one worker at a time computes and spends the account's next one (fixtures.ts).
  await withSignInLock(email, async () => {
    await tabTo(page, codeStep.getByLabel('Code aus der App oder Wiederherstellungscode'), { max: 5 });
    await page.keyboard.type(await nextTotpCode(email));
    await page.keyboard.press('Enter');
    await expect(codeStep, `the code step of ${email} did not lead on`).not.toBeAttached({ timeout: 30_000 });
  });
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page itself (body)';
    const name = element.getAttribute('aria-label') ?? element.getAttribute('name') ?? element.textContent ?? '';
    return `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}> „${name.replace(/\s+/g, ' ').trim().slice(0, 60)}“`;
  });
}
