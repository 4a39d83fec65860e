import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The web app, built to dist/web and served by the API at `/`; `npm run dev:web` proxies the API on :3000. */
export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Everything bundled and served from this origin: the app works in a closed municipal or UWV network.
    assetsInlineLimit: 0,
    sourcemap: true,
    // The budget that counts is the entry bundle's gzip size (bench:web); Vite's warning is about raw size.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      onLog(level, log, handler) {
        // React Router marks its modules "use client" for server components; a client-only bundle ignores it.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: {
      ...Object.fromEntries(
        ['/config.json', '/dev', '/calendar', '/health'].map((path) => [path, 'http://127.0.0.1:3000']),
      ),
      // Subscriptions run over a WebSocket on the same path.
      '/graphql': { target: 'http://127.0.0.1:3000', ws: true },
    },
  },
});
