// End-to-end suite: the release build (dist/) served with an SPA fallback,
// driven in the system Chromium (Playwright cannot download browsers here).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_SERVER=nginx serves dist/ with the shipped nginx configuration
// (deploy/nginx) instead of the plain test server, headers and all.
const siteServer = process.env.E2E_SERVER === 'nginx'
  ? `sh tests/nginx/run.sh ${port}`
  : `node tests/serve.mjs ${port} dist`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // Two cores: two workers keep the machine busy without starving the server.
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Dates in tests are computed in UTC; the page must agree.
    timezoneId: 'UTC',
    // The service worker would answer requests that tests route or watch;
    // offline.spec.mjs lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Without the background-networking flags Chromium keeps trying to
      // reach Google services, which this network refuses.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: siteServer,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // A partner site on another origin (another port), embedding the
      // widgets; tests/partner/index.html expects the site on 4173.
      command: 'node tests/serve.mjs 4174 tests/partner',
      url: 'http://127.0.0.1:4174/index.html',
      reuseExistingServer: false,
    },
  ],
});
