/**
 * Accessibility of every page, for every role, in the states the journeys reach (issue #11):
 * the table is tests/e2e/support/accessibility-cases.ts (add a page there); each case is judged
 * by expectAccessibleInAllViews (tests/e2e/support/accessibility.ts): axe-core with the WCAG
 * 2.0/2.1 A and AA rules, no violation of any severity, at 1280 px, at 320 px and at 640 px with
 * 200 % text, and no sideways scrolling of the page in the narrow views.
 * One test per audience (one sign-in, its data arranged once), one step per case.
 */
import { expect, test } from './support/fixtures';
import { expectAccessibleInAllViews } from './support/accessibility';
import { AUDIENCES, signInAudience } from './support/accessibility-cases';

// Up to 30 pages × three axe scans per audience: about a minute on a quiet two-core machine,
// many more when the machine is shared.
test.describe.configure({ timeout: 900_000 });

for (const audience of AUDIENCES) {
  test(`every page of the ${audience.name} is accessible at 1280 px, 320 px and with 200 % text`, async ({ page }) => {
    await (audience.around ?? ((run) => run()))(async () => {
    const data = (await audience.arrange?.()) ?? {};
    await signInAudience(page, audience, data);
    for (const { name, path, state } of audience.cases) {
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
    });
  });
}
