/**
 * First load of the booking app on a slow phone network (issue 18): Chromium's own throttling through CDP
 * (2 s latency per request, 50 KB/s down and up, empty cache), the built app in client/dist served by a real
 * server. Records the first contentful paint (PerformanceObserver 'paint') and when the login form is usable
 * (the ticket-number field and the login button on screen and enabled), both from the navigation's start.
 *
 *   npm run client:build && npm run bench:first-paint -- --runs 3 --label after
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { Bench, fmt, machine, writeReport } from './harness.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    label: { type: 'string', default: 'current build' },
    latency: { type: 'string', default: '2000' },
    kbps: { type: 'string', default: '50' },
  },
});
const runs = Number(values.runs);
const latency = Number(values.latency);
const throughput = Number(values.kbps) * 1024;

interface Run {
  fcpMs: number | null;
  formUsableMs: number;
  requests: { url: string; bytes: number; endMs: number }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

async function main() {
  const bench = await Bench.start();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const results: Run[] = [];
  try {
    const site = await bench.createSite('みなと市 新型コロナワクチン接種');
    const url = `http://127.0.0.1:${bench.app.port}/s/${site.code}`;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      // Runs in the page (the bench has no DOM types): the first-contentful-paint entry kept on the window.
      await page.addInitScript(() => {
        const w = globalThis as unknown as { __fcp?: number };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.name === 'first-contentful-paint') w.__fcp = entry.startTime;
        }).observe({ type: 'paint' as never, buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: throughput,
        uploadThroughput: throughput,
      });
      const sizes = new Map<string, { url: string; bytes: number; endMs: number }>();
      const urls = new Map<string, string>();
      let start = 0;
      cdp.on('Network.requestWillBeSent', (e) => {
        if (!start) start = e.timestamp;
        urls.set(e.requestId, e.request.url);
      });
      cdp.on('Network.loadingFinished', (e) => {
        const u = urls.get(e.requestId) ?? '?';
        sizes.set(e.requestId, {
          url: u.replace(/^https?:\/\/[^/]+/, ''),
          bytes: e.encodedDataLength,
          endMs: Math.round((e.timestamp - start) * 1000),
        });
      });
      await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
      // Either punctuation: the label became full-width with issue 18, and the bench measures builds from before it too.
      const ticket = page.getByLabel(/^接種券番号[(（]10桁[)）]$/);
      await ticket.waitFor({ state: 'visible', timeout: 120_000 });
      await page.getByRole('button', { name: 'ログイン', exact: true }).waitFor({ state: 'visible' });
      const formUsableMs = await page.evaluate(() => performance.now());
      const fcpMs = await page.evaluate(() => (globalThis as unknown as { __fcp?: number }).__fcp ?? null);
      results.push({ fcpMs, formUsableMs, requests: [...sizes.values()].sort((a, b) => a.endMs - b.endMs) });
      console.log(
        `run ${i + 1}: FCP ${fcpMs === null ? '—' : fmt(fcpMs)} ms, login form usable ${fmt(formUsableMs)} ms`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await bench.close();
  }
  const fcp = median(results.map((r) => r.fcpMs ?? NaN));
  const usable = median(results.map((r) => r.formUsableMs));
  const last = results.at(-1)!;
  const report = [
    `# First paint on a slow network (${values.label})`,
    '',
    `${new Date().toISOString()} · ${machine()}`,
    '',
    `Chromium ${latency} ms latency per request, ${values.kbps} KB/s down and up, cache disabled, 390 px phone, /s/<code>.`,
    `${runs} runs; medians: **first contentful paint ${fmt(fcp)} ms**, **login form usable ${fmt(usable)} ms**.`,
    '',
    '| run | FCP ms | login form usable ms |',
    '| --: | --: | --: |',
    ...results.map(
      (r, i) => `| ${i + 1} | ${r.fcpMs === null ? '—' : fmt(r.fcpMs)} | ${fmt(r.formUsableMs)} |`,
    ),
    '',
    'Requests of the last run (bytes on the wire, finished at ms after the first request):',
    '',
    '| request | bytes | finished ms |',
    '| --- | --: | --: |',
    ...last.requests.map((r) => `| \`${r.url.slice(0, 80)}\` | ${fmt(r.bytes)} | ${fmt(r.endMs)} |`),
    '',
  ].join('\n');
  const file = await writeReport('first-paint', report);
  console.log(`FCP median ${fmt(fcp)} ms, login form usable median ${fmt(usable)} ms → ${file}`);
}

await main();
