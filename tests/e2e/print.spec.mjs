// Print: each page printed to an A4 PDF (page.pdf) and read back with
// poppler (pdfinfo, pdftotext, pdftoppm): the content is there and the
// site's navigation is not, the timeline prints as its list and the members
// page as its table, links in articles show where they go, the last line
// says where the page came from and when it was printed, nothing is wider
// than the paper, no sheet is blank, and a page takes a sensible number of
// sheets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, site, newsItems, documents } from './fixtures.mjs';

const news = newsItems.find((i) => i.url) ?? newsItems[0];
const doc = documents[0];
const flat = (text) => text.replace(/\s+/g, ' ');

/** Prints the page; its sheets, its text and its pages as grey pixels. */
async function print(page) {
  const dir = mkdtempSync(join(tmpdir(), 'bp-print-'));
  const pdf = join(dir, 'page.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const sheets = Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)?.[1]);
  const text = flat(execFileSync('pdftotext', [pdf, '-']).toString());
  execFileSync('pdftoppm', ['-gray', '-r', '36', pdf, join(dir, 'sheet')]);
  const images = readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => pgm(readFileSync(join(dir, f))));
  return { sheets, text, images };
}

/** A binary PGM (P5) image: width, height and one byte per pixel. */
function pgm(buffer) {
  const header = buffer.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PGM');
  const [, width, height] = header.map(Number);
  return { width, height, pixels: buffer.subarray(header[0].length) };
}

/** Whether a sheet came out blank (nothing darker than light grey on it). */
const blank = ({ pixels }) => !pixels.some((value) => value < 200);

/**
 * Chromium neither cuts content that is wider than the paper nor lets it
 * into the margins: it shrinks the whole page to fit, so the PDF cannot
 * show an overflow. It is checked on the layout instead: the page laid out
 * as for printing (print media, `beforeprint` sent as a browser would) at
 * the width of an A4 sheet inside its margins (180 mm, 680 px). Returns
 * what reaches past it.
 */
async function widerThanThePaper(page) {
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.setViewportSize({ width: 680, height: 900 });
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > 681)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80)));
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: null });
  await page.setViewportSize(viewport);
  return wide;
}

async function expectClean(printed, page) {
  expect(await widerThanThePaper(page)).toEqual([]);
  expect(printed.images).toHaveLength(printed.sheets);
  for (const [i, image] of printed.images.entries()) expect(blank(image), `sheet ${i + 1} is blank`).toBe(false);
  expect(printed.text).not.toContain('Skip to main content');
  expect(printed.text).not.toContain('Search the site');
  expect(printed.text).not.toContain('Embed');
  expect(printed.text).toMatch(new RegExp(`Printed from ${page.url().replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')} on \\d{1,2} [A-Z][a-z]+ \\d{4}\\.`));
}

test('a news item: its text, where its links go, one or two sheets', async ({ page }) => {
  await page.goto(`/news/${encodeURIComponent(news.id)}`);
  const printed = await print(page);
  await expectClean(printed, page);
  expect(printed.text).toContain(flat(news.title));
  const body = flat((news.content_html ?? news.content_text ?? '').replace(/<[^>]*>/g, ' ')).trim();
  expect(printed.text).toContain(body.slice(0, 50));
  // The address follows the link's text (pdftotext may break it across lines).
  if (news.url) expect(printed.text).toContain(`Read the original publication (${news.url.slice(0, 30)}`);
  expect(printed.text).not.toContain('Share');
  expect(printed.sheets).toBeLessThanOrEqual(2);
});

test('a document: its title and files, one or two sheets', async ({ page }) => {
  await page.goto(`/documents/${encodeURIComponent(doc.id)}`);
  const printed = await print(page);
  await expectClean(printed, page);
  expect(printed.text).toContain(flat(doc.title));
  expect(printed.sheets).toBeLessThanOrEqual(2);
});

test('events: the lists without the calendar controls, a few sheets', async ({ page }) => {
  await page.goto('/events');
  const printed = await print(page);
  await expectClean(printed, page);
  expect(printed.text).toContain('Past events');
  expect(printed.text).not.toContain('Subscribe');
  expect(printed.sheets).toBeLessThanOrEqual(5);
});

test('members: the table of every state, not the map', async ({ page }) => {
  await page.goto('/members');
  const printed = await print(page);
  await expectClean(printed, page);
  // Table cells wrap: the first word of each name, and its code.
  for (const member of site.members.filter((m) => !m.placeholder)) {
    expect(printed.text).toContain(member.name.split(' ')[0]);
    expect(printed.text).toMatch(new RegExp(`\\b${member.iso2}\\b`));
  }
  expect(printed.text).not.toContain('Made with Natural Earth');
  expect(printed.sheets).toBeLessThanOrEqual(9);
});

for (const [label, width] of [['with the axis on screen', 1280], ['on a phone', 375]]) {
  test(`the timeline prints as its list, ${label}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/timeline');
    if (width > 1000) await expect(page.locator('.tl-track')).toBeVisible(); // the axis is what the screen shows
    const printed = await print(page);
    await expectClean(printed, page);
    for (const milestone of site.milestones) expect(printed.text).toContain(flat(milestone.headline));
    expect(printed.sheets).toBeLessThanOrEqual(7);
    // Back on screen, the axis returns.
    if (width > 1000) await expect(page.locator('.tl-track')).toBeVisible();
  });
}

test('without the app the page prints the same way', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/timeline');
  const printed = await print(page);
  await expectClean(printed, page);
  for (const milestone of site.milestones) expect(printed.text).toContain(flat(milestone.headline));
});

test('the overflow check sees content wider than the paper', async ({ page }) => {
  await page.goto(`/news/${encodeURIComponent(news.id)}`);
  expect(await widerThanThePaper(page)).toEqual([]);
  await page.addStyleTag({ content: '@media print { h1 { inline-size: 150%; } }' });
  expect(await widerThanThePaper(page)).toEqual(['h1.']);
});
