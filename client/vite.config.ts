import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The booking app; `npm run client:dev` proxies /graphql (HTTP and WebSocket) to `npm start` on port 4000.
export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
