import { test, expect, openAt } from './fixtures';

test.describe('rotation charts', () => {
  for (const [date, holders] of [
    ['2017-06-01', []],
    ['2019-01-01', [['serbia', 'certain']]],
    // Elected on 6 December 2021, Bulgaria took over officially only in February 2023: no one is certain between.
    ['2021-12-10', [['serbia', 'uncertain'], ['bulgaria-specialised', 'uncertain']]],
    ['2022-06-01', [['serbia', 'uncertain'], ['bulgaria-specialised', 'uncertain'], ['bulgaria-sofia-appellate', 'uncertain']]],
    ['2023-11-30', [['bulgaria-sofia-appellate', 'certain']]],
    // Past the latest dated fact: as of the latest source.
    ['2024-01-01', [['bulgaria-sofia-appellate', 'as-of-source']]],
  ] as const) {
    test(`the Secretariat on ${date}`, async ({ page }) => {
      await openAt(page, `?date=${date}`);
      const now = page.getByTestId('secretariat-now').locator('[data-term]');
      await expect(now).toHaveCount(holders.length);
      for (const [term, certainty] of holders) {
        await expect(page.getByTestId('secretariat-now').locator(`[data-term="${term}"]`)).toHaveAttribute('data-certainty', certainty);
        const row = page.getByTestId('secretariat-chart').locator(`li.row[data-term="${term}"]`);
        await expect(row).toHaveClass(/current/);
        await expect(row).toHaveAttribute('data-certainty', certainty);
      }
      await expect(page.getByTestId('secretariat-chart').locator('li.row.current')).toHaveCount(holders.length);
    });
  }

  test('an uncertain end says why, in a tooltip on hover and on focus', async ({ page }) => {
    await openAt(page, '?date=2022-06-01');
    const row = page.getByTestId('secretariat-chart').locator('li.row[data-term="serbia"]');
    const button = row.getByRole('button');
    await button.hover();
    const tip = row.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('The end is uncertain: the sources give Term to end, October 2021; Handed over the chair officially, February 2023');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.mouse.move(0, 0);
    await button.focus();
    await expect(tip).toBeVisible();
    await expect(button).toHaveAccessibleDescription(/The end is uncertain/);
  });

  test('between the election and the official takeover nobody holds the chair “by every source”', async ({ page }) => {
    await openAt(page, '?date=2021-12-20');
    await expect(page.getByTestId('secretariat-now')).not.toContainText('the sources agree');
    await expect(page.getByTestId('secretariat-now')).toContainText('the sources leave open which held it');
  });

  test('the table of the chairs words each end of a handover for its side', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    // The table is drawn when its disclosure is first opened.
    await expect(page.getByTestId('secretariat-table')).toHaveCount(0);
    await page.locator('summary', { hasText: "Table of the Secretariat's chairs" }).click();
    const table = page.getByTestId('secretariat-table');
    const serbia = table.locator('tr').filter({ hasText: 'Serbia presented the challenges' }).filter({ has: page.locator('th', { hasText: /^Serbia$/ }) });
    await expect(serbia).toContainText('Handed over the chair officially');
    await expect(serbia).not.toContainText('Took over');
    const sofia = table.locator('tr').filter({ hasText: 'Bulgaria took over officially' }).filter({ has: page.locator('th', { hasText: 'Sofia' }) });
    await expect(sofia).toContainText('Took over the chair officially');
  });

  test('past the latest dated fact the bar fades and the axis is marked outside the sources', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    const chart = page.getByTestId('secretariat-chart');
    await expect(chart.locator('[data-segment="as-of-source"]')).toHaveCount(1);
    await expect(chart.locator('[data-beyond]')).toContainText('after the sources');
    await expect(page.getByTestId('secretariat-now')).toContainText('as of the latest source (it dates nothing after November 2023)');
    await expect(page.getByTestId('as-of-source')).toBeVisible();
    await expect(page.getByTestId('beyond-sources')).toBeVisible();
    await openAt(page, '?date=2023-11');
    await expect(page.getByTestId('as-of-source')).toHaveCount(0);
  });

  test('the gap between election and official handover is shown as the sources tell it', async ({ page }) => {
    await openAt(page, '?date=2022-06-01');
    await expect(page.getByTestId('handover-gap')).toContainText('Elected to the chair, 6 December 2021, at the seventh meeting (online); took over the chair officially, February 2023, at the ninth meeting, Belgrade');
  });

  test('choosing a bar with the keyboard shows its readings with sources', async ({ page }) => {
    await openAt(page, '?date=2022-06-01');
    await page.getByTestId('secretariat-chart').locator('li.row[data-term="serbia"]').getByRole('button').focus();
    await page.keyboard.press('Enter');
    const details = page.getByTestId('term-details');
    await expect(details).toContainText('which would hold it for the following four years till October 2021');
    await expect(details.locator('a.source-ref[data-source="osce-overview"]').first()).toBeVisible();
    await expect(page).toHaveURL(/sel=term%3Aserbia/);
  });

  test('the Executive Board: the two readings, the rule, reported and derived members, hosts', async ({ page }) => {
    await openAt(page, '?date=2018-01-01');
    const board = page.getByTestId('board');
    await expect(page.getByTestId('board-status')).toHaveAttribute('data-status', 'disputed');
    await expect(board).toContainText('October 2017, at the third meeting, Rome');
    await expect(board).toContainText('2018, at the fourth meeting, Skopje');
    await expect(board).toContainText('one representative from previous, current and future host country of the conference');
    const members = page.getByTestId('board-members');
    await expect(members.locator('[data-basis="reported"]')).toHaveText([/Romania/, /Montenegro/, /Greece/]);
    await expect(members.locator('[data-basis="derived"]')).toHaveText(/Bulgaria\s*derived/);
    await page.locator('summary', { hasText: 'Table of the hosts' }).click();
    const hosts = page.getByTestId('hosts');
    await expect(hosts.locator('tr[data-meeting="meeting-9"]')).toContainText('Serbia');
    await expect(hosts.locator('tr[data-meeting="meeting-9"]')).toContainText('originally Montenegro');
    await expect(hosts.locator('tr[data-meeting="meeting-6"]')).toContainText('Online');
    await expect(hosts.locator('tr[aria-current="true"]')).toHaveAttribute('data-meeting', 'meeting-3');
    await openAt(page, '?date=2019-01-01');
    await expect(page.getByTestId('board-status')).toHaveAttribute('data-status', 'established');
    await page.locator('summary', { hasText: 'Table of the hosts' }).click();
    await expect(page.getByTestId('hosts').locator('tr[aria-current="true"]')).toHaveAttribute('data-meeting', 'meeting-4');
  });
});
