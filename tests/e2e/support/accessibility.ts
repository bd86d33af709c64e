import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 rules of levels A and AA (BITV 2.0 refers to EN 301 549, i.e. WCAG 2.1 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's violations of every severity on the page as it is now, one line each (rule, help, elements).
 * In axe's „legacy mode“: `axe.run()` in the page itself, instead of `runPartial()` per frame
 * and `finishRun()` in a blank page the builder opens for every scan — the same rules on the same
 * elements (the portal has no frames, the one thing the two differ in), at about half the time
 * per scan (ADR 030).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // After a client-side navigation Next sets the document title a moment later: wait for it,
  // so axe judges the finished page.
  await expect(page).toHaveTitle(/\S/);
  expect(page.frames(), 'a frame on the page: axe in legacy mode would not judge a frame of another origin').toHaveLength(1);
  // `resultTypes`: only the violations are reported in full (the other result types keep one
  // element each), which saves the time of serialising every passing element; the violations are
  // the same. One options object: the builder's `options()` replaces what `withTags()` set, and
  // would run every rule, best practices included.
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.map((v) => `${v.id} [${v.impact}]: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The page itself does not scroll sideways (wide tables scroll in their own region): WCAG 1.4.10. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  // The layout settles a moment after the viewport changed.
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 2_000 }).catch(() => {});
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    // Inside a region that scrolls on its own (a wide table) is allowed.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
      .slice(-3)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].slice(0, 3).join('.')} (${Math.round(element.getBoundingClientRect().right)} px)`);
    return { by: document.documentElement.scrollWidth - width, wide };
  });
  expect.soft(overflow.by > 0 ? `${overflow.by} px too wide; e.g. ${overflow.wide.join(', ')}` : '', `sideways scrolling ${where} on ${page.url()}`).toBe('');
}

/** Chromium's default font sizes (its settings' „font size: medium“), and twice them. */
const DEFAULT_TEXT = { standard: 16, fixed: 13 };
const DOUBLE_TEXT = { standard: 32, fixed: 26 };

/** Sets the browser's default font sizes, as a person does in Chromium's settings. */
async function setFontSizes(page: Page, fontSizes: { standard: number; fixed: number }) {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Page.setFontSizes', { fontSizes });
  } finally {
    await session.detach();
  }
}

/**
 * The three views every page and state is judged in (tests/e2e/accessibility.spec.ts):
 * - `desktop`: 1280 × 800 CSS px, axe clean;
 * - `narrow`: 320 CSS px wide (WCAG 1.4.10 Reflow: 1280 px at 400 % zoom), axe clean and no
 *   sideways scrolling of the page;
 * - `text200`: 640 CSS px wide (1280 px at 200 % zoom) with the text at 200 % (WCAG 1.4.4):
 *   Chromium's own default font size is doubled through the DevTools protocol
 *   (`Page.setFontSizes`, standard 16 → 32 px, fixed 13 → 26 px) — exactly the browser's
 *   „font size“ setting a person changes: the root size and every `rem` double (all sizes of the
 *   portal are in rem, so text and the spacing around it grow), and media queries in rem follow
 *   as they do for that person (40rem is then 1280 px). The body text is asserted to be 32 px.
 *   No style is injected, so the fixtures' Content-Security-Policy check stays on. Axe clean and
 *   no sideways scrolling.
 * The checks are soft: one run reports every finding of every view (the test fails all the same).
 * The page is left at 1280 px with normal text.
 */
export async function expectAccessibleInAllViews(page: Page) {
  const height = page.viewportSize()?.height ?? 800;
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    expect.soft(await axeViolations(page), `axe at 1280 px on ${page.url()}`).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page, 'at 320 px');
    expect.soft(await axeViolations(page), `axe at 320 px on ${page.url()}`).toEqual([]);

    await page.setViewportSize({ width: 640, height: 800 });
    await setFontSizes(page, DOUBLE_TEXT);
    await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), { message: 'the text is really at 200 %' }).toBeGreaterThanOrEqual(32);
    await expectNoSidewaysScroll(page, 'at 640 px with 200 % text');
    expect.soft(await axeViolations(page), `axe at 640 px with 200 % text on ${page.url()}`).toEqual([]);
  } finally {
    await setFontSizes(page, DEFAULT_TEXT).catch(() => {});
    await page.setViewportSize({ width: 1280, height });
  }
}
