// The e-mail address is assembled at run time from two parts; it never
// appears whole in a served file.
import { test, expect, site } from './fixtures.mjs';
import { readFileSync, readdirSync } from 'node:fs';

test('an address given in parts becomes a mailto link', async ({ page }) => {
  const withEmail = { ...site, contact: { ...site.contact, email: { user: 'secretariat.test', domain: 'example.org' } } };
  await page.route('**/data/site.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(withEmail) }));
  await page.goto('/contact');
  await expect(page.getByRole('link', { name: 'secretariat.test@example.org' })).toHaveAttribute('href', 'mailto:secretariat.test@example.org');
});

test('parts that would smuggle extras are refused', async ({ page }) => {
  const hostile = { ...site, contact: { ...site.contact, email: { user: 'a?cc=victim@x.org&subject=', domain: 'example.org' } } };
  await page.route('**/data/site.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.goto('/contact');
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.getByText('Not published in our sources')).toBeVisible();
});

test('no served file contains an e-mail address as plain text', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const files = ['index.html', ...readdirSync(new URL('data/', dist)).filter((f) => f.endsWith('.json')).map((f) => `data/${f}`)];
  for (const file of files) {
    const text = readFileSync(new URL(file, dist), 'utf8');
    expect(text, file).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  }
});
