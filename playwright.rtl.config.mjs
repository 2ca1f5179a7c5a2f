// The right-to-left layout suite: the pseudo-locale's pre-rendered pages
// (dist-pseudo/, written by scripts/pseudo-site) in the system Chromium,
// without JavaScript, at a desktop and a phone width.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.mjs';

const port = Number(process.env.E2E_RTL_PORT ?? 4175);

export default defineConfig({
  ...base,
  testDir: 'tests/rtl',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, javaScriptEnabled: false },
  webServer: [
    { command: `node tests/serve.mjs ${port} dist-pseudo`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
  ],
});
