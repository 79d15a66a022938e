import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npm run dev` serves the client and proxies the API to the server, so the
 * browser sees one origin. The server listens on PORT (default 4000).
 * `npm run build` writes `client/dist`, which the server serves at `/`.
 */
const apiOrigin = `http://127.0.0.1:${process.env.PORT || 4000}`;
const proxied = ['/graphql', '/export', '/healthz', '/readyz'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared domain is bundled from its TypeScript source (no build step, tree-shaken).
    alias: {
      '@explorer/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // React + cytoscape + fcose are one ~250 KB gzip chunk that the first
    // paint needs anyway; splitting it would only add a round trip.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiOrigin }])),
  },
});
