// Firefox smoke suite: every route renders its main content, one
// interaction per widget works, and no error shows, in Firefox ESR driven
// over WebDriver by geckodriver. A dependency-free WebDriver client (the
// W3C protocol is plain HTTP and JSON).
//
//   node tests/firefox/smoke.mjs      (after trunk build --release)
import { spawn } from 'node:child_process';

const SITE_PORT = 4176;
const DRIVER_PORT = 4444;
const base = `http://127.0.0.1:${SITE_PORT}`;
const driver = `http://127.0.0.1:${DRIVER_PORT}`;
const failures = [];
let passed = 0;

function start(command, args, ready) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const onData = (data) => { if (data.toString().includes(ready)) resolve(child); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}`)));
  });
}

async function call(method, path, body) {
  const response = await fetch(`${driver}${path}`, {
    method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body),
  });
  const json = await response.json();
  if (json.value?.error) throw new Error(`${json.value.error}: ${json.value.message}`);
  return json.value;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(session, script, what, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await call('POST', `/session/${session}/execute/sync`, { script, args: [] });
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failures.push(`${name}: ${e.message}`);
    console.log(`  ✘ ${name}: ${e.message}`);
  }
}

const server = await start(process.execPath, ['tests/serve.mjs', String(SITE_PORT), 'dist'], 'serving');
const gecko = await start(process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(DRIVER_PORT)], 'Listening');
let session;
try {
  const created = await call('POST', '/session', { capabilities: { alwaysMatch: {
    browserName: 'firefox',
    'moz:firefoxOptions': { binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless'],
      prefs: { 'network.captive-portal-service.enabled': false, 'app.update.enabled': false } },
  } } });
  session = created.sessionId;
  console.log(`Firefox ${created.capabilities.browserVersion}`);
  // Pages arrive pre-rendered; a visit waits until the app runs on them.
  const go = async (path) => {
    await call('POST', `/session/${session}/url`, { url: `${base}${path}` });
    await waitFor(session, "return document.documentElement.matches('.app-ready, .no-app')", 'the app');
  };
  // Rendered, settled, no error state, and no uncaught error (boot.js
  // records them; a panic ends as one).
  const h1 = (text) => `const h = document.querySelector('h1');
    if ((window.__bpErrors || []).length) throw new Error('page errors: ' + window.__bpErrors.join('; '));
    return h && h.textContent.trim() === ${JSON.stringify(text)} && !document.querySelector('[role=alert]') && !document.querySelector('.status--loading');`;

  for (const [path, heading] of [['/', 'Budapest Process'], ['/about', 'About the Budapest Process'], ['/timeline', 'Milestones'],
    ['/members', 'Members'], ['/news', 'News'], ['/events', 'Events'], ['/documents', 'Documents'], ['/contact', 'Contact'],
    ['/no-such-page', 'Page not found'], ['/embed/news', 'Budapest Process: latest news'], ['/embed/key-data', 'Budapest Process: key data']]) {
    await check(`${path} renders`, async () => {
      await go(path);
      await waitFor(session, h1(heading), `h1 "${heading}"`);
    });
  }
  await check('news: a filter changes the URL and the list', async () => {
    await go('/news');
    await waitFor(session, "return document.querySelectorAll('.item-summary').length === 10", 'news list');
    await call('POST', `/session/${session}/execute/sync`, { script:
      "const s = document.getElementById('filter-year'); s.value = '2019'; s.dispatchEvent(new Event('change', { bubbles: true }));", args: [] });
    await waitFor(session, "return location.search === '?year=2019' && document.querySelectorAll('.item-summary').length < 10", 'filtered list');
  });
  await check('timeline: clicking a milestone selects it', async () => {
    await go('/timeline?layout=horizontal');
    const marker = await waitFor(session, "return document.getElementById('tl-m-0')", 'a marker');
    await call('POST', `/session/${session}/element/${Object.values(marker)[0]}/click`, {});
    await waitFor(session, "return location.pathname.startsWith('/timeline/') && document.querySelector('.tl-detail h2')", 'details');
  });
  await check('map: clicking a state opens its details', async () => {
    await go('/members');
    const state = await waitFor(session, "return document.getElementById('map-KZ')", 'the map');
    await call('POST', `/session/${session}/element/${Object.values(state)[0]}/click`, {});
    await waitFor(session, "return document.querySelector('.map-detail h2')?.textContent === 'Kazakhstan'", 'map details');
  });
  await check('embedded map widget: highlight option', async () => {
    await go('/embed/map?highlight=TR&theme=dark');
    await waitFor(session, "return document.querySelector('.map-detail h2')?.textContent === 'Türkiye' && document.documentElement.dataset.theme === 'dark'", 'highlighted state');
  });
  await check('search: the worker starts and answers', async () => {
    await go('/search?q=istanbul');
    await waitFor(session, "return [...document.querySelectorAll('.search-result__title')].some((t) => /istanbul/i.test(t.textContent))", 'search results', 30_000);
  });
  await check('no uncaught errors on any page visited last', async () => {
    const errors = await call('POST', `/session/${session}/execute/sync`, { script: 'return window.__bpErrors', args: [] });
    if (!Array.isArray(errors) || errors.length) throw new Error(`errors: ${JSON.stringify(errors)}`);
  });
  // Last: it stops the server.
  await check('offline: the service worker keeps visited pages; others get the offline page', async () => {
    await go('/');
    await waitFor(session, 'return Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)', 'the service worker', 20_000);
    await go('/news');
    await waitFor(session, `caches.match(location.origin + '/news').then((r) => { window.__saved = Boolean(r); });
      return window.__saved === true;`, 'the page saved');
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await stopped;
    await go('/news');
    await waitFor(session, h1('News'), 'the saved page');
    await waitFor(session, "return /^You are offline\\. Showing content from \\d/.test(document.querySelector('[data-notice=offline]')?.textContent)", 'the offline notice');
    // A page never opened in this browser.
    await go('/news/page/2');
    await waitFor(session, "return document.querySelector('h1')?.textContent === 'You are offline'", 'the offline page');
  });
} finally {
  if (session) await call('DELETE', `/session/${session}`).catch(() => {});
  gecko.kill();
  server.kill();
}
console.log(`\nFirefox smoke: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
