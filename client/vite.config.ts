import react from '@vitejs/plugin-react';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = path.join(root, 'dist');

/**
 * Brotli and gzip copies of every text file of the build and the QR reader's WebAssembly (`app.js.br`, `app.js.gz`), compressed once and as
 * hard as they go, so the server sends a phone at opening time a quarter of the bytes without spending CPU
 * per request (server/src/web/client-app.ts picks the copy the browser accepts).
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  return {
    name: 'precompress',
    apply: 'build',
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      await Promise.all(
        entries
          .filter((e) => e.isFile() && /\.(html|js|css|svg|json|txt|wasm)$/.test(e.name))
          .map(async (entry) => {
            const file = path.join(entry.parentPath, entry.name);
            const content = await readFile(file);
            if (content.length < 1024) return;
            await writeFile(
              `${file}.br`,
              await brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            );
            await writeFile(`${file}.gz`, await gzipped(content, { level: constants.Z_BEST_COMPRESSION }));
          }),
      );
    },
  };
}

/**
 * The build puts the stylesheet's <link> in <head>, where it holds back every paint until it arrives (4 s on
 * a 2 s-latency phone line). Moved to the end of <body>, it lets the static shell in index.html (with its
 * own inline style) paint as soon as the page arrives; it still comes long before the script that renders.
 */
function stylesheetAfterShell(): Plugin {
  return {
    name: 'stylesheet-after-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links: string[] = [];
        const rest = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (tag) => {
          links.push(tag.trim());
          return '';
        });
        return rest.replace('</body>', `  ${links.join('\n    ')}\n  </body>`);
      },
    },
  };
}

// The booking app; `npm run client:dev` proxies /graphql (HTTP and WebSocket) to `npm start` on port 4000.
export default defineConfig({
  root,
  plugins: [react(), stylesheetAfterShell(), precompress()],
  // No source maps in the build: served, they would publish the client's source (the server refuses *.map).
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // A lazily loaded page fetches the chunks it imports at once, not one 2 s round trip after another on a
    // slow line; every browser the app supports has modulepreload, so no polyfill.
    modulePreload: { polyfill: false },
    // Everything the booking page loads stays in its one entry script. Without this group Rolldown moves
    // what the lazily loaded admin app shares with it (React, Apollo, i18n) into a second script the booking
    // page must load too (rolldown/rolldown#10731); the admin app imports those from the entry instead.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
