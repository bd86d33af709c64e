/**
 * Accessibility of every page, for every role, in the states the journeys reach (issue #11):
 * the tables are tests/e2e/support/accessibility-cases.ts (one file per audience; add a page
 * there); each case is judged by expectAccessibleInAllViews (tests/e2e/support/accessibility.ts):
 * axe-core with the WCAG 2.0/2.1 A and AA rules, no violation of any severity, at 1280 px, at
 * 320 px and at 640 px with 200 % text, and no sideways scrolling of the page in the narrow views.
 * One test per group of cases (its data arranged once; a demo account signs in once per worker
 * and its session is reused), one step per case: the state is reached once and judged in all
 * three views.
 */
import { expect, test } from './support/fixtures';
import { expectAccessibleInAllViews } from './support/accessibility';
import { GROUPS, expectStillSignedIn, signInGroup } from './support/accessibility-cases';

// About a dozen pages × three axe scans per group: a minute or two on a quiet two-core machine,
// several when the machine is shared (or when the catalogue draft waits for another spec's lock).
test.describe.configure({ timeout: 600_000 });

for (const group of GROUPS) {
  test(`${group.name}: every page is accessible at 1280 px, 320 px and with 200 % text`, async ({ page }) => {
    await (group.around ?? ((run) => run()))(async () => {
      const data = (await group.arrange?.()) ?? {};
      await signInGroup(page, group, data);
      for (const { name, path, state } of group.cases) {
        await test.step(name, async () => {
          try {
            await page.goto(typeof path === 'string' ? path : path(data));
            await state?.(page, data);
          } catch (error) {
            // A case whose state cannot be reached fails, and the next cases still run.
            expect.soft(String(error), `${name}: the state could not be reached`).toBe('');
            return;
          }
          await expectAccessibleInAllViews(page);
        });
      }
      await expectStillSignedIn(page, group);
    });
  });
}
