// One-off comparison behind the choice of search engine: this site's own
// (a worker that builds its index from the data files) against Pagefind,
// the static-site search that indexes the built HTML and loads index
// chunks as a query needs them. Both on the bundled data and on the
// generated 5,000-item feed (pre-rendered with scripts/render, so Pagefind
// has a page per item to index). Reports what Pagefind transfers before
// the first results, and its time per keystroke; bench/search.mjs reports
// the same for our engine. Not part of bench/run.mjs: it fetches Pagefind
// from npm (PAGEFIND overrides the command).
//
//   node bench/compare-pagefind.mjs     (after `trunk build --release`)
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, stats, ms } from './lib.mjs';
import { generatedFeed } from './generated-feed.mjs';

const ITEMS = Number(process.env.ITEMS ?? 5000);
const PAGEFIND = process.env.PAGEFIND ?? 'npx --yes pagefind@1.6.0';
const QUERIES = ['migration', 'silk routes', 'istanbul commitments', 'turkey', 'reintegraton', 'border management'];
const SHOWN = 5;

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(dir) {
  return readdirSync(dir, { recursive: true }).map((f) => statSync(join(dir, f))).filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

/** dist/ copied, re-rendered from `feed` if given, and indexed by Pagefind. */
function site(work, feed) {
  const root = join(work, 'site');
  cpSync('dist', root, { recursive: true });
  if (feed) {
    const data = join(work, 'data');
    mkdirSync(data);
    for (const file of ['site.json', 'map.json']) cpSync(`public/data/${file}`, join(data, file));
    writeFileSync(join(data, 'feed.json'), feed);
    execSync(`./scripts/render --dist ${root} --data ${data} --no-compress`, { stdio: 'inherit' });
  }
  const started = performance.now();
  execSync(`${PAGEFIND} --site ${root} --quiet`, { stdio: 'inherit' });
  return { root, indexMs: performance.now() - started, pages: sizeOf(join(root, 'pagefind')) };
}

async function measure(browser, url) {
  const page = await browser.newPage();
  const responses = [];
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/')) responses.push(response.body().catch(() => Buffer.alloc(0)));
  });
  // Pagefind's index files are gzipped already; its script is not.
  const transferred = async () =>
    (await Promise.all(responses)).reduce((sum, body) => sum + Math.min(body.length, brotli(body)), 0);
  await page.goto(`${url}/about`);
  const first = await page.evaluate(async ({ query, shown }) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    window.pagefind = pagefind;
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
    return search.results.length;
  }, { query: QUERIES[0], shown: SHOWN });
  const firstBytes = await transferred();
  const samples = [];
  for (const query of QUERIES) {
    samples.push(...await page.evaluate(async ({ query, shown }) => {
      const times = [];
      for (let i = 1; i <= query.length; i++) {
        const t0 = performance.now();
        const search = await window.pagefind.search(query.slice(0, i));
        await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
        times.push(performance.now() - t0);
      }
      return times;
    }, { query, shown: SHOWN }));
  }
  const allBytes = await transferred();
  await page.close();
  return { first, firstBytes, allBytes, ...stats(samples) };
}

const work = mkdtempSync(join(tmpdir(), 'bp-pagefind-'));
const browser = await launch();
const rows = [];
try {
  for (const [label, feed, port] of [['bundled', null, 4191], [`${ITEMS} items`, generatedFeed(ITEMS), 4192]]) {
    const dir = join(work, label.replace(/\W+/g, '-'));
    mkdirSync(dir);
    const built = site(dir, feed);
    const server = await serveDist(port, built.root);
    try {
      rows.push({ label, ...built, ...await measure(browser, server.url) });
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n## Pagefind 1.6 on the pre-rendered pages (bench/compare-pagefind.mjs)\n`);
console.log(`data          index on disk   indexing   before the first ${SHOWN} results   after all queries   per keystroke: median    p95`);
for (const r of rows) {
  console.log(`${r.label.padEnd(13)} ${kb(r.pages).padStart(13)} ${ms(r.indexMs).padStart(10)} ${kb(r.firstBytes).padStart(26)} ` +
    `${kb(r.allBytes).padStart(19)} ${ms(r.median).padStart(22)} ${ms(r.p95).padStart(7)}`);
}
