/**
 * The data editor speaks the page's language: at `?edit=1&lang=sr-Latn` (and sr-Cyrl, made from the
 * Latin catalogue) its heading, its buttons, its labels and the message of a refused quote are in
 * Serbian; the quote, the source's words, stays as typed, in English.
 */
import { test, expect } from './fixtures';
import { toCyrillic } from '../../src/i18n/cyrillic';

/** The overview's words on the Board's founding, one word changed ("fourth" → "fifth"). */
const CHANGED = 'During the fifth meeting held in Skopje in 2018';

for (const [lang, script] of [
  ['sr-Latn', (s: string) => s],
  ['sr-Cyrl', toCyrillic],
] as const) {
  test(`the editor in ${lang}: its heading, buttons, labels and a refused quote's message`, async ({ page }) => {
    await page.goto(`/?edit=1&lang=${lang}`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: script('Uređivanje podataka'), level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('button', { name: script('Izvezi'), exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: script('Izvori'), level: 2 })).toBeVisible();
    await expect(page.getByRole('link', { name: script('Nazad na kontrolnu tablu') })).toHaveAttribute('href', `./?lang=${lang}`);

    // Every form's buttons are the page's language's (a source's form has its own).
    await page.getByRole('button', { name: script('Dodaj izvor') }).click();
    const source = page.getByRole('form', { name: script('Dodaj izvor') });
    await expect(source.getByLabel(script('Tekst izvora'))).toBeVisible();
    await expect(source.getByRole('button')).toHaveText([script('Sačuvaj izvor'), script('Otkaži')]);
    await source.getByRole('button', { name: script('Otkaži') }).click();

    await page.getByRole('button', { name: script('Dodaj članicu Izvršnog odbora') }).click();
    const form = page.getByRole('form', { name: script('Dodaj članicu Izvršnog odbora') });
    await form.getByLabel(script('Država u Izvršnom odboru')).selectOption('MLT');
    await form.getByLabel(script('Reči izvora koje je navode')).fill(CHANGED);
    await form.getByRole('group', { name: script('Izvori o članici Izvršnog odbora') }).getByLabel('The PCOCP network (OSCE overview)').check();
    await form.getByRole('button', { name: script('Sačuvaj članicu Izvršnog odbora') }).click();
    await expect(form.getByRole('alert')).toContainText(script('Nije sačuvano: prekršeno je'));
    const problem = form.getByTestId('problem').filter({ hasText: script('Citat mora doslovno da se nalazi u svakom izvoru na koji se poziva.') });
    // The editor's sentence in Serbian, the quote and the source's title as written.
    await expect(problem).toContainText(`${script('Reči')} “${CHANGED}” ${script('ne nalaze se doslovno u izvoru')} “The PCOCP network (OSCE overview)”.`);
    await expect(problem.getByTestId('nearest')).toContainText(script('Najbliži odlomak je pasus'));
    await expect(problem.getByTestId('nearest')).toContainText(script('Vaše reči'));
    await expect(page.locator('main')).not.toContainText(/Not saved|A quote must|Add a |Save |Cancel/);
  });
}
