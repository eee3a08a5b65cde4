// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';

// Server-rendered on every request: consent is checked per request, so no page
// is ever prerendered from a stale state (DESIGN.md §4, Rendering).
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4321),
  },
  security: {
    checkOrigin: true,
  },
  vite: {
    // PGlite ships WebAssembly and data files it loads relative to itself.
    ssr: { external: ['@electric-sql/pglite'] },
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  },
});
