import { expect, test } from './fixtures';
import { AdvicePanel } from './pages/AdvicePanel';
import { AppPage } from './pages/AppPage';
import { SHOTS } from './support/screenshots';

// The advisor runs ~100 simulations after paint: allow for a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const TODAY = '2027-09-15';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every "Sep 15, 2027" on the page as ISO, in order of appearance. */
function isoDates(text: string): string[] {
  const re = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\b`, 'g');
  return [...text.matchAll(re)].map(
    ([, month, day, year]) =>
      `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`,
  );
}

test.describe('the sample opened months after its files were written', () => {
  test.use({ today: TODAY });

  test('is dated from today: no date in the answer or the advice lies before it', async ({
    app,
  }) => {
    const advice = new AdvicePanel(app);
    await advice.waitReady();
    await app.settled();
    // The advice says "today" is the plan's start; a start in the past would carry a warning.
    await expect(advice.region).not.toContainText(/ago/);

    const texts = [
      await app.headline.innerText(),
      await advice.region.innerText(),
      await advice.contingency.innerText(),
    ].join('\n');
    const dates = isoDates(texts);
    // The sample's gap and the measures' "apply by" dates are there to check.
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.filter((d) => d < TODAY)).toEqual([]);
    // Its first short day comes within weeks, as in the shipped file (about two weeks after the start).
    expect(dates.some((d) => d < '2027-11-01')).toBe(true);
    await advice.region.screenshot({ path: `${SHOTS}/sample-dated-2027-09-15-advice.png` });
  });

  test("gives way from the build-day screen to today's in one step: the answer never blank", async ({
    page,
  }) => {
    // The page's prerendered sample is dated from the build day; this reader's is not the same
    // plan, so the app renders its own in place. Record any moment the answer is missing.
    await page.addInitScript(() => {
      const w = window as unknown as { fgAnswerGone: number };
      w.fgAnswerGone = 0;
      document.addEventListener('DOMContentLoaded', () => {
        const root = document.getElementById('root')!;
        new MutationObserver(() => {
          if (!root.querySelector('h1')) w.fgAnswerGone++;
        }).observe(root, { childList: true, subtree: true });
      });
    });
    const app = new AppPage(page, 'en');
    await app.goto();
    await app.waitReady();
    // The reader's own screen is up: dated from today, not the build day.
    await expect(app.headline).toContainText(/(Sep|Oct|Nov) \d{1,2}, 2027/);
    expect(
      await page.evaluate(() => (window as unknown as { fgAnswerGone: number }).fgAnswerGone),
    ).toBe(0);
  });
});
