// The interactive timeline: mouse, keyboard, deep links, filters in the
// URL, zoom and pan, both layouts, odd data and accessibility.
import { test, expect, site, expectNoAxeViolations, replaceSite } from './fixtures.mjs';

const byId = Object.fromEntries(site.milestones.map((m) => [m.id, m]));
const ordered = [...site.milestones].sort((a, b) => {
  const k = (m) => [m.start.year, m.start.month ?? 0, m.start.day ?? 0];
  const [x, y] = [k(a), k(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
});
const rail = (page) => page.getByRole('list', { name: 'Milestones in time order' });
const marker = (page, m) => rail(page).getByRole('button', { name: new RegExp(`^${escape(m.headline)},`) });
const detail = (page) => page.locator('.tl-detail');
// Milestones on the axis: own markers plus those merged into "+N" clusters.
async function drawn(page) {
  return page.locator('.tl-items').evaluate((list) => list.querySelectorAll('[id^="tl-m-"]').length
    + [...list.querySelectorAll('.tl-cluster button')].reduce((n, b) => n + Number(b.textContent.slice(1)), 0));
}

test.describe('wide screens', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('clicking a milestone selects it, links it and announces it', async ({ page }) => {
    await page.goto('/timeline');
    const m = byId['istanbul-2013'];
    await marker(page, m).click();
    await expect(page).toHaveURL('/timeline/istanbul-2013');
    await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(m.headline);
    await expect(detail(page)).toContainText(m.text);
    await expect(marker(page, m)).toHaveAttribute('aria-current', 'true');
    await expect(rail(page).locator('[aria-current]')).toHaveCount(1);
    await expect(page.locator('#main [aria-live="polite"].visually-hidden')).toHaveText(`${m.headline}, 19 April 2013`);
    await expect(marker(page, m)).toBeFocused();
  });

  test('deep link opens the milestone; previous and next walk the list', async ({ page }) => {
    await page.goto('/timeline/istanbul-2019');
    const at = ordered.findIndex((m) => m.id === 'istanbul-2019');
    await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(byId['istanbul-2019'].headline);
    await expect(page.locator('#main [aria-live="polite"].visually-hidden')).toHaveText('');
    await detail(page).getByRole('link', { name: /Next milestone/ }).click();
    await expect(page).toHaveURL(`/timeline/${ordered[at + 1].id}`);
    await detail(page).getByRole('link', { name: /Previous milestone/ }).click();
    await detail(page).getByRole('link', { name: /Previous milestone/ }).click();
    await expect(page).toHaveURL(`/timeline/${ordered[at - 1].id}`);
    await detail(page).getByRole('link', { name: 'Close details' }).click();
    await expect(page).toHaveURL('/timeline');
    await expect(detail(page)).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(`/timeline/${ordered[at - 1].id}`);
  });

  test('related feed items are linked from the details', async ({ page }) => {
    await page.goto('/timeline/istanbul-2013');
    await detail(page).getByRole('link', { name: 'Istanbul Ministerial Declaration on a Silk Routes Partnership for Migration' }).click();
    await expect(page).toHaveURL('/documents/doc-istanbul-declaration-2013');
  });

  test('keyboard: one tab stop, roving arrows, Home/End, Enter selects', async ({ page }) => {
    await page.goto('/timeline');
    await expect(rail(page).locator('button[tabindex="0"]')).toHaveCount(1);
    expect(await drawn(page)).toBe(site.milestones.length);
    await page.getByRole('button', { name: 'List view' }).focus();
    await page.keyboard.press('Tab');
    await expect(marker(page, ordered[0])).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(marker(page, ordered[1])).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(marker(page, ordered[2])).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(marker(page, ordered[1])).toBeFocused();
    await page.keyboard.press('End');
    await expect(marker(page, ordered.at(-1))).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/timeline/${ordered.at(-1).id}`);
    await expect(marker(page, ordered.at(-1))).toBeFocused();
    await page.keyboard.press('Home');
    await expect(marker(page, ordered[0])).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(`/timeline/${ordered[0].id}`);
    // Tab leaves the rail in one step.
    await page.keyboard.press('Tab');
    await expect(page.locator('.tl-detail button, .tl-detail a, .tl-detail summary').first()).toBeFocused();
    await expect(rail(page).locator('button[tabindex="0"]')).toHaveCount(1);
  });

  test('the focused milestone is scrolled into view when zoomed in', async ({ page }) => {
    await page.goto('/timeline');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await marker(page, ordered[0]).focus();
    await page.keyboard.press('End');
    const last = marker(page, ordered.at(-1));
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
  });

  test('category filter updates the URL, the rail and the legend', async ({ page }) => {
    await page.goto('/timeline');
    const projects = site.milestones.filter((m) => m.category === 'project');
    const box = page.getByRole('checkbox', { name: /Project/ });
    await expect(page.getByRole('checkbox', { name: `Project (${projects.length})` })).toBeChecked();
    await box.uncheck();
    await expect(page).toHaveURL(/\/timeline\?category=[a-z-%2C]+$/);
    expect(new URL(page.url()).searchParams.get('category').split(',')).not.toContain('project');
    await expect.poll(() => drawn(page)).toBe(site.milestones.length - projects.length);
    await expect(rail(page).getByRole('button', { name: /Project$/ })).toHaveCount(0);
    await page.reload();
    await expect(box).not.toBeChecked();
    await expect.poll(() => drawn(page)).toBe(site.milestones.length - projects.length);
    await page.getByRole('button', { name: 'Show all categories' }).click();
    await expect(page).toHaveURL('/timeline');
    await expect.poll(() => drawn(page)).toBe(site.milestones.length);
  });

  test('a filtered deep link keeps both filter and selection', async ({ page }) => {
    await page.goto('/timeline/istanbul-2013?category=ministerial-conference');
    await expect(rail(page).locator('[id^="tl-m-"]')).toHaveCount(site.milestones.filter((m) => m.category === 'ministerial-conference').length);
    await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(byId['istanbul-2013'].headline);
    await detail(page).getByRole('link', { name: /Next milestone/ }).click();
    await expect(page).toHaveURL('/timeline/istanbul-2019?category=ministerial-conference');
  });

  test('zoom buttons, Ctrl+wheel and keys change the visible range; Fit all restores it', async ({ page }) => {
    await page.goto('/timeline');
    const range = page.locator('.tl-range');
    const full = await range.textContent();
    const span = async () => {
      const [, from, to] = (await range.textContent()).match(/(\d{4})(?:–(\d{4}))?/) ?? [];
      return Number(to ?? from) - Number(from);
    };
    const wide = await span();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(range).not.toHaveText(full);
    expect(await span()).toBeLessThan(wide);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await span()).toBeLessThan(wide / 4);
    await expect(range).toContainText(/axis in (years|months)/);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(range).toHaveText(full);

    const viewport = page.locator('.tl-viewport');
    const box = await viewport.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect(range).not.toHaveText(full);
    await page.getByRole('button', { name: 'Fit all' }).click();

    await marker(page, ordered[0]).focus();
    await page.keyboard.press('+');
    await expect(range).not.toHaveText(full);
    await page.keyboard.press('0');
    await expect(range).toHaveText(full);
  });

  test('drag, PageDown and the Later button pan the axis', async ({ page }) => {
    await page.goto('/timeline');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const viewport = page.locator('.tl-viewport');
    const scroll = () => viewport.evaluate((el) => el.scrollLeft);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const start = await scroll();
    await page.getByRole('button', { name: 'Later' }).click();
    expect(await scroll()).toBeGreaterThan(start);
    const afterButton = await scroll();
    const box = await viewport.boundingBox();
    // Drag on the axis strip, below the milestones.
    await page.mouse.move(box.x + box.width - 50, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 350, box.y + box.height - 10, { steps: 5 });
    await page.mouse.up();
    expect(await scroll()).toBeGreaterThan(afterButton + 200);
    const afterDrag = await scroll();
    await rail(page).getByRole('button').first().focus();
    const focusedScroll = await scroll();
    await page.keyboard.press('PageDown');
    expect(await scroll()).toBeGreaterThan(focusedScroll);
    expect(afterDrag).toBeGreaterThan(0);
  });

  test('crowded milestones merge into a cluster that magnifies on click', async ({ page }) => {
    await page.goto('/timeline');
    const clusters = page.locator('.tl-cluster button');
    await expect(clusters.first()).toBeVisible();
    const before = await drawn(page);
    const name = await clusters.first().getAttribute('aria-label');
    expect(name).toMatch(/^\d+ milestones close together, .+ to .+: magnify$/);
    const range = await page.locator('.tl-range').textContent();
    await clusters.first().click();
    await expect(page.locator('.tl-range')).not.toHaveText(range);
    expect(await drawn(page)).toBeLessThanOrEqual(before);
  });

  test('keyboard focus reaches milestones hidden in clusters', async ({ page }) => {
    await page.goto('/timeline');
    await marker(page, ordered[0]).focus();
    for (let i = 1; i < ordered.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(marker(page, ordered[i])).toBeFocused();
    }
  });

  test('a two-finger pinch zooms', async ({ page }) => {
    await page.goto('/timeline');
    const range = page.locator('.tl-range');
    const full = await range.textContent();
    await page.locator('.tl-viewport').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const y = r.top + 40;
      const fire = (type, id, x) => el.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
      const mid = r.left + r.width / 2;
      fire('pointerdown', 1, mid - 40);
      fire('pointerdown', 2, mid + 40);
      for (let step = 1; step <= 5; step++) {
        fire('pointermove', 1, mid - 40 - step * 30);
        fire('pointermove', 2, mid + 40 + step * 30);
      }
      fire('pointerup', 1, mid - 190);
      fire('pointerup', 2, mid + 190);
    });
    await expect(range).not.toHaveText(full);
  });

  test('list view on request, and back', async ({ page }) => {
    await page.goto('/timeline');
    await page.getByRole('button', { name: 'List view' }).click();
    await expect(page).toHaveURL('/timeline?layout=vertical');
    await expect(page.locator('.tl-vlist')).toBeVisible();
    await expect(page.locator('.tl-viewport')).toHaveCount(0);
    await page.getByRole('button', { name: 'List view' }).click();
    await expect(page).toHaveURL('/timeline?layout=horizontal');
    await expect(page.locator('.tl-viewport')).toBeVisible();
  });

  test('axe: horizontal layout with a selection', async ({ page }) => {
    await page.goto('/timeline/budapest-2024');
    await expect(detail(page)).toBeVisible();
    await expectNoAxeViolations(page, 'timeline horizontal');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'timeline horizontal dark');
  });

  test('right-to-left pages mirror the axis and the arrow keys', async ({ page }) => {
    await page.goto('/timeline');
    await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
    const first = await marker(page, ordered[0]).boundingBox();
    const last = await marker(page, ordered.at(-1)).boundingBox();
    expect(first.x).toBeGreaterThan(last.x);
    await marker(page, ordered[0]).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(marker(page, ordered[1])).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(marker(page, ordered[0])).toBeFocused();
  });

  test('reduced motion: no smooth scrolling anywhere', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/timeline');
    expect(await page.locator('.tl-viewport').evaluate((el) => getComputedStyle(el).scrollBehavior)).toBe('auto');
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('vertical layout with the same content and controls', async ({ page }) => {
    await page.goto('/timeline');
    await expect(page.locator('.tl-viewport')).toHaveCount(0);
    const items = page.locator('.tl-vlist .tl-vbutton');
    await expect(items).toHaveCount(site.milestones.length);
    await expect(page.getByRole('button', { name: 'List view' })).toHaveAttribute('aria-pressed', 'true');
    const m = byId['budapest-1993'];
    const button = page.locator('.tl-vbutton', { hasText: m.headline });
    await button.click();
    await expect(page).toHaveURL('/timeline/budapest-1993');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.tl-vitem--selected .tl-detail')).toContainText(m.text);
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.tl-vbutton').nth(ordered.findIndex((x) => x.id === 'budapest-1993') + 1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/timeline/${ordered.at(-1).id}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('axe: vertical layout with a selection', async ({ page }) => {
    await page.goto('/timeline/istanbul-2013');
    await expect(page.locator('.tl-vitem--selected .tl-detail')).toBeVisible();
    await expectNoAxeViolations(page, 'timeline vertical');
  });
});

test.describe('odd data never breaks the timeline', () => {
  const withMilestones = (milestones) => async ({ page }) => {
    await replaceSite(page, { ...site, milestones });
  };
  const base = { headline: 'x', text: 't', category: 'project', sources: [], related: [] };

  test('end before start, missing month, duplicate ids, unknown related items', async ({ page }) => {
    await withMilestones([
      { ...base, id: 'backwards', headline: 'Backwards', start: { year: 2010, month: 5 }, end: { year: 2001 } },
      { ...base, id: 'no-month', headline: 'Day without month', start: { year: 2005, day: 12 } },
      { ...base, id: 'dup', headline: 'First copy', start: { year: 2000 } },
      { ...base, id: 'dup', headline: 'Second copy', start: { year: 2001 } },
      { ...base, id: 'ghost', headline: 'Points at nothing', start: { year: 2003, month: 13, day: 40 }, related: ['no-such-item'] },
      { ...base, id: 'bad', headline: 5, start: 'yesterday' },
    ])({ page });
    await page.goto('/timeline/ghost');
    await expect(rail(page).locator('[id^="tl-m-"]')).toHaveCount(4);
    await expect(detail(page)).toContainText('2003');
    await expect(detail(page).getByRole('heading', { name: 'Related' })).toHaveCount(0);
    await expect(rail(page).getByRole('button', { name: /^Backwards, May 2010,/ })).toBeVisible();
  });

  test('a single milestone', async ({ page }) => {
    await withMilestones([{ ...base, id: 'only', headline: 'The only one', start: { year: 2019, month: 2, day: 20 } }])({ page });
    await page.goto('/timeline');
    await expect(rail(page).locator('[id^="tl-m-"]')).toHaveCount(1);
    await expect(page.locator('.tl-range')).toContainText('2018–2020');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await rail(page).getByRole('button').press('End');
    await rail(page).getByRole('button').press('Enter');
    await expect(page).toHaveURL('/timeline/only');
  });

  test('no milestones at all', async ({ page }) => {
    await withMilestones([])({ page });
    await page.goto('/timeline/anything');
    await expect(page.getByText('No milestones to show.')).toBeVisible();
    await expectNoAxeViolations(page, 'empty timeline');
  });

  test('a filter that leaves nothing offers a way back', async ({ page }) => {
    await withMilestones([{ ...base, id: 'p', headline: 'Project', start: { year: 2019 } },
      { ...base, id: 'c', headline: 'Conference', category: 'ministerial-conference', start: { year: 2013 } }])({ page });
    await page.goto('/timeline');
    await page.getByRole('checkbox', { name: /Project/ }).uncheck();
    await page.getByRole('checkbox', { name: /Ministerial conference/ }).uncheck();
    await expect(page.getByText('No milestones in the chosen categories.')).toBeVisible();
    await page.locator('.tl-empty').getByRole('button', { name: 'Show all categories' }).click();
    await expect(rail(page).locator('[id^="tl-m-"]')).toHaveCount(2);
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
