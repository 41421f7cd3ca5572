import { expect, test } from './fixtures';
import { AdvicePanel } from './pages/AdvicePanel';
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
});
