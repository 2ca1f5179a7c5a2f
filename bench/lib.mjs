// Shared helpers for the benchmark scripts: serve dist/, launch the system
// Chromium, summarise timings. Benchmarks report; they never pass or fail
// on speed (that would make the test suite flaky on a busy machine).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export async function serveDist(port, dir = 'dist') {
  const server = spawn(process.execPath, ['tests/serve.mjs', String(port), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.kill() };
}

/**
 * The system Chromium. Its contexts (and pages) block the service worker
 * unless told otherwise: once it controls a page it answers the requests a
 * benchmark routes or counts, from a target the page does not see.
 * bench/offline.mjs measures the worker on its own.
 */
export async function launch() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1) };
}

/** A deterministic pseudo-random generator, so runs are comparable. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const ms = (v) => `${v.toFixed(1)} ms`;
