import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { CREATE_ADMIN_USER, REGISTER_TICKETS } from '../testkit/operations.js';
import { REAL_TICKET_LINKS } from '../testkit/records-operations.js';
import { TestServer } from '../testkit/server.js';
import { adminLogIn, checkAdminPage, waitForAdminHeading, WIDE } from './admin-pages.js';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A Y4M video (YUV4MPEG2, 4:2:0) of `frames` identical frames: the QR code of `text`, black on white, with
 * a wide quiet zone. Chromium's fake camera plays it in a loop.
 */
function qrVideo(text: string, frames = 5): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 16));
  const left = Math.floor((WIDTH - modules.size * scale) / 2);
  const top = Math.floor((HEIGHT - modules.size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(
          16,
          (top + row * scale + y) * WIDTH + left + col * scale,
          (top + row * scale + y) * WIDTH + left + (col + 1) * scale,
        );
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420\n`),
    ...Array.from({ length: frames }, () => frame),
  ]);
}

// A valid 18-digit line: dose 1, municipality 131016 (its check digit holds), ticket 0123456789.
const LINE = '111310160123456789';

let server: TestServer;
let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'camera-'));
  const video = path.join(dir, 'qr.y4m');
  await writeFile(video, qrVideo(`接種券 ${LINE}`));
  [server, browser] = await Promise.all([
    TestServer.start(),
    launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('real-ticket linking by the camera', () => {
  it('a QR code shown to the camera fills the 18-digit line (the ponyfill where Chromium has no BarcodeDetector, its WebAssembly from our server) and the ticket is linked', async () => {
    const campaign = await Campaign.create(server, {
      plan: 'WORKPLACE',
      siteName: '株式会社サンプル 職域接種',
    });
    const provisional = '9200000001';
    await campaign.operator.data(REGISTER_TICKETS, {
      input: {
        siteId: campaign.site.id,
        kind: 'PROVISIONAL',
        tickets: [{ number: provisional, birthDate: '1980-05-05' }],
      },
    });
    const email = `camera-${randomUUID().slice(0, 8)}@test.example`;
    await campaign.operator.data(CREATE_ADMIN_USER, {
      input: {
        email,
        displayName: '管理 花子',
        password: 'admin-password-1',
        role: 'SITE_ADMIN',
        siteId: campaign.site.id,
      },
    });
    const context = await newContext(browser, WIDE);
    await context.grantPermissions(['camera'], { origin: server.baseUrl });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await adminLogIn(page, server.baseUrl, { email, password: 'admin-password-1' });
    await waitForAdminHeading(page, 'サイト一覧');
    await page.goto(`${server.baseUrl}/admin/sites/${campaign.site.code}/real-tickets`);
    await waitForAdminHeading(page, '本接種券の紐付け');

    // Chromium on Linux has no BarcodeDetector of its own: the ponyfill reads the code
    const native = await page.evaluate<boolean>(`'BarcodeDetector' in globalThis`);
    await page.getByLabel('仮接種券番号').fill(provisional);
    await page.getByRole('button', { name: 'カメラで QR コードを読み取る' }).click();
    const line = page.getByLabel('接種券の 18 桁');
    await expect.poll(() => line.inputValue(), { timeout: 30_000 }).toBe(LINE);
    await page.getByRole('button', { name: '紐付ける', exact: true }).click();
    await page
      .getByText(`仮接種券 ${provisional} を接種券（市町村コード 131016、番号 0123456789）に紐付けました。`)
      .waitFor();

    await checkAdminPage(page, 'real-tickets-camera');

    const { realTicketLinks } = await campaign.operator.data(REAL_TICKET_LINKS, {
      siteId: campaign.site.id,
      linked: true,
    });
    expect(realTicketLinks.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        provisionalNumber: provisional,
        realMunicipalityCode: '131016',
        realNumber: '0123456789',
      }),
    ]);
    // The reader's WebAssembly came from our own server, and nothing was fetched from anywhere else.
    expect(
      native ||
        requested.some((url) => url.startsWith(server.baseUrl) && /zxing_reader-[^/]*\.wasm$/.test(url)),
    ).toBe(true);
    expect(requested.filter((url) => !url.startsWith(server.baseUrl) && !url.startsWith('data:'))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
  });
});
