// The member map: tooltip on hover and focus, selection by click and keys,
// deep links, shared filters with the list, zoom and pan, Escape, missing
// geometry, accessibility, and screenshots to catch drawing regressions.
import { test, expect, site, expectNoAxeViolations, openMembersInTheApp } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const map = JSON.parse(readFileSync(new URL('../../public/data/map.json', import.meta.url)));
const member = (iso) => site.members.find((m) => m.iso2 === iso);
const state = (page, iso) => page.locator(`#map-${iso}`);
const viewBox = (page) => page.locator('.map-canvas svg').getAttribute('viewBox');
const tooltip = (page) => page.getByRole('tooltip');

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('hovering a state shows its tooltip; leaving hides it', async ({ page }) => {
    await page.goto('/members');
    await state(page, 'KZ').hover();
    await expect(tooltip(page)).toContainText('Kazakhstan');
    await expect(tooltip(page)).toContainText('Participating state');
    await expect(tooltip(page)).toContainText('Central Asia');
    await page.mouse.move(5, 5);
    await expect(tooltip(page)).toHaveCount(0);
  });

  test('every drawn member has an accessible name and status', async ({ page }) => {
    await page.goto('/members');
    const drawn = site.members.filter((m) => m.iso2 && map.shapes.some((s) => s.iso2 === m.iso2));
    for (const m of drawn) {
      const status = m.status === 'participating' ? 'participating state' : 'observer state';
      await expect(state(page, m.iso2)).toHaveAttribute('aria-label', new RegExp(`^${m.name}, ${status}`));
    }
    await expect(state(page, 'TR')).toHaveAttribute('aria-label', 'Türkiye, participating state, Chair');
    await expect(state(page, 'HU')).toHaveAttribute('aria-label', 'Hungary, participating state, Co-Chair');
    await expect(page.locator('.map-observer')).toHaveCount(drawn.filter((m) => m.status === 'observer').length);
  });

  test('click selects a state, links it and opens its details', async ({ page }) => {
    await page.goto('/members');
    await state(page, 'AM').click();
    await expect(page).toHaveURL('/members/AM');
    const detail = page.locator('.map-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Armenia');
    await expect(detail).toContainText('Working Group on the Black Sea Region (inferred)');
    await expect(state(page, 'AM')).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('#main [aria-live="polite"].visually-hidden')).toHaveText('Armenia selected; details follow the map.');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('/members');
    await expect(detail).toHaveCount(0);
  });

  test('keyboard: one tab stop, arrows move by geography, Enter selects, Escape closes', async ({ page }) => {
    await page.goto('/members');
    await page.getByRole('button', { name: 'Reset view' }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.id);
    expect(await focused()).toMatch(/^map-[A-Z]{2}$/);
    await expect(page.locator('.map-canvas [tabindex="0"]')).toHaveCount(1);
    await expect(tooltip(page)).toBeVisible();
    // Arrows follow geography: from Hungary each arrow lands on a state
    // that lies that way; from Portugal, east is Spain.
    const centroid = (iso) => map.shapes.find((s) => s.iso2 === iso).c;
    const [hx, hy] = centroid('HU');
    for (const [key, check] of [['ArrowRight', ([x]) => x > hx], ['ArrowLeft', ([x]) => x < hx],
      ['ArrowUp', ([, y]) => y < hy], ['ArrowDown', ([, y]) => y > hy]]) {
      await state(page, 'HU').focus();
      await page.keyboard.press(key);
      const iso = (await focused()).slice(4);
      expect(check(centroid(iso)), `${key} from Hungary went to ${iso}`).toBe(true);
    }
    await state(page, 'PT').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('map-ES');
    await expect(tooltip(page)).toContainText('Spain');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/members/ES');
    expect(await focused()).toBe('map-ES');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('/members');
    await expect(tooltip(page)).toHaveCount(0);
    // Tab leaves the map in one step.
    await state(page, 'ES').focus();
    await page.keyboard.press('Tab');
    expect(await focused()).not.toMatch(/^map-/);
  });

  test('deep link selects the state, small states included', async ({ page }) => {
    await page.goto('/members/MT');
    await expect(page.locator('.map-detail h2')).toHaveText('Malta');
    await expect(state(page, 'MT')).toHaveAttribute('aria-current', 'true');
    // Malta is too small to hit, so it has a marker of a usable size.
    const box = await state(page, 'MT').boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(10);
    for (const iso of ['LU', 'LI', 'MT']) {
      await expect(state(page, iso)).toHaveJSProperty('tagName', 'circle');
    }
  });

  test('filters change the map and the list together', async ({ page }) => {
    await page.goto('/members');
    await page.getByLabel('Status').selectOption('observer');
    await expect(page).toHaveURL('/members?status=observer');
    await expect(state(page, 'DE')).toHaveClass(/map-dim/);
    await expect(state(page, 'IR')).not.toHaveClass(/map-dim/);
    await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.filter((m) => m.status === 'observer').length);
    await page.goto('/members/TR?group=silk-routes');
    await expect(state(page, 'DE')).toHaveClass(/map-dim/);
    await expect(state(page, 'PK')).not.toHaveClass(/map-dim/);
    await page.getByLabel('Region').selectOption('silk-routes');
    await expect(page).toHaveURL('/members/TR?region=silk-routes&group=silk-routes');
    await expect(page.locator('.map-detail h2')).toHaveText('Türkiye');
  });

  test('zoom buttons, keys and Ctrl+wheel change the view; drag pans; reset restores', async ({ page }) => {
    await page.goto('/members');
    const full = await viewBox(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await viewBox(page);
    expect(zoomed).not.toBe(full);
    await expect(page.locator('.map-zoom')).toHaveText('Zoom 2.0×');
    const canvas = page.locator('.map-canvas');
    const box = await canvas.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const panned = await viewBox(page);
    expect(Number(panned.split(' ')[0])).toBeGreaterThan(Number(zoomed.split(' ')[0]));
    await page.getByRole('button', { name: 'Reset view' }).click();
    expect(await viewBox(page)).toBe(full);
    await state(page, 'FR').focus();
    await page.keyboard.press('+');
    await expect(page.locator('.map-zoom')).toHaveText('Zoom 2.0×');
    await page.keyboard.press('Shift+ArrowRight');
    expect(Number((await viewBox(page)).split(' ')[0])).toBeGreaterThan(0);
    await page.keyboard.press('0');
    expect(await viewBox(page)).toBe(full);
    await page.mouse.move(box.x + 100, box.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect(page.locator('.map-zoom')).not.toHaveText('Whole map');
  });

  test('a two-finger pinch zooms the map', async ({ page }) => {
    await page.goto('/members');
    await expect(page.locator('.map-zoom')).toHaveText('Whole map');
    await page.locator('.map-canvas').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const mid = r.left + r.width / 2;
      const fire = (type, id, x) => el.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
      fire('pointerdown', 1, mid - 30);
      fire('pointerdown', 2, mid + 30);
      for (let step = 1; step <= 6; step++) {
        fire('pointermove', 1, mid - 30 - step * 25);
        fire('pointermove', 2, mid + 30 + step * 25);
      }
      fire('pointerup', 1, mid - 180);
      fire('pointerup', 2, mid + 180);
    });
    await expect(page.locator('.map-zoom')).toHaveText(/Zoom [\d.]+×/);
  });

  test('observers outside the map are listed and selectable', async ({ page }) => {
    await page.goto('/members');
    const outside = page.locator('.map-offmap');
    for (const iso of ['AU', 'CA', 'US']) {
      await expect(outside.getByRole('button', { name: `${member(iso).name}, observer state` })).toBeVisible();
    }
    await outside.getByRole('button', { name: 'Canada, observer state' }).click();
    await expect(page).toHaveURL('/members/CA');
    await expect(page.locator('.map-detail h2')).toHaveText('Canada');
    await expect(page.getByText('1 observer state counted by the sources is not yet named')).toBeVisible();
  });

  test('organisations are listed beside the map', async ({ page }) => {
    await page.goto('/members');
    await expect(page.locator('.map-orgs li')).toHaveCount(site.organisations.length);
    await expect(page.locator('.map-aside abbr[title="International Organization for Migration"]')).toHaveText('IOM');
  });

  test('a member without geometry stays in the list and the counts', async ({ page }) => {
    const withoutTurkey = { ...map, shapes: map.shapes.filter((s) => s.iso2 !== 'TR') };
    await page.route('**/data/map.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(withoutTurkey) }));
    // A pre-rendered map page takes its geometry from its own drawing; the
    // app loads the file for a map it draws itself.
    await openMembersInTheApp(page);
    await expect(page.locator('.member-map svg')).toBeVisible();
    await expect(state(page, 'TR')).toHaveCount(0);
    const outside = page.locator('.map-offmap');
    await expect(outside).toContainText('Türkiye, participating state');
    await expect(page.locator('.map-legend')).toContainText('Participating states (52)');
    await expect(page.getByRole('row', { name: /Türkiye/ })).toBeVisible();
    await outside.getByRole('button', { name: /Türkiye/ }).click();
    await expect(page.locator('.map-detail h2')).toHaveText('Türkiye');
  });

  test('a pre-rendered map page hydrates from its own drawing, without map.json', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => { if (r.url().endsWith('/data/map.json')) fetched.push(r.url()); });
    await page.goto('/members/TR');
    await expect(page.locator('.map-detail h2')).toHaveText('Türkiye');
    await state(page, 'HU').click();
    await expect(page).toHaveURL(/\/members\/HU$/);
    await expect(page.locator('.map-detail h2')).toHaveText('Hungary');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('.map-zoom')).toHaveText('Zoom 2.0×');
    expect(fetched).toEqual([]);
  });

  test('a page whose drawing does not read loads the geometry from the file', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => { if (r.url().endsWith('/data/map.json')) fetched.push(r.url()); });
    // The drawing without its size: what it holds cannot be trusted.
    await page.route('**/members', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/ data-size="[^"]*"/, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/members');
    await state(page, 'TR').click();
    await expect(page.locator('.map-detail h2')).toHaveText('Türkiye');
    expect(fetched).toHaveLength(1);
  });

  test('a broken map file shows an error with retry; the list still works', async ({ page }) => {
    let broken = true;
    await page.route('**/data/map.json', (r) => (broken ? r.fulfill({ status: 500 }) : r.fallback()));
    // A pre-rendered /members keeps its map if the file fails; in the app
    // the map loads when a page needs it, and a failure says so.
    await openMembersInTheApp(page);
    await expect(page.getByRole('alert')).toContainText('the map could not be loaded');
    await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(state(page, 'TR')).toBeVisible();
  });

  test('axe: map with a selection, light and dark', async ({ page }) => {
    await page.goto('/members/UZ');
    await expect(page.locator('.map-detail')).toBeVisible();
    await state(page, 'KZ').hover();
    await expectNoAxeViolations(page, 'map light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'map dark');
  });

  test('screenshot at 1280 px', async ({ page }) => {
    await page.goto('/members/TR');
    await expect(state(page, 'TR')).toHaveAttribute('aria-current', 'true');
    await page.mouse.move(0, 0);
    await expect(page.locator('.member-map')).toHaveScreenshot('map-1280.png', { maxDiffPixelRatio: 0.02 });
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('screenshot at 375 px, axe clean, no sideways scroll', async ({ page }) => {
    await page.goto('/members');
    await expect(state(page, 'TR')).toBeVisible();
    await expect(page.locator('.member-map')).toHaveScreenshot('map-375.png', { maxDiffPixelRatio: 0.02 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'map 375');
  });

  test('a tap selects', async ({ page }) => {
    await page.goto('/members');
    await state(page, 'KZ').click();
    await expect(page).toHaveURL('/members/KZ');
  });
});
