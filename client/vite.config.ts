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
 * Brotli and gzip copies of every text file of the build (`app.js.br`, `app.js.gz`), compressed once and as
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
          .filter((e) => e.isFile() && /\.(html|js|css|svg|json|txt)$/.test(e.name))
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

// The booking app; `npm run client:dev` proxies /graphql (HTTP and WebSocket) to `npm start` on port 4000.
export default defineConfig({
  root,
  plugins: [react(), precompress()],
  // No source maps in the build: served, they would publish the client's source (the server refuses *.map).
  build: { outDir, emptyOutDir: true, sourcemap: false },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
