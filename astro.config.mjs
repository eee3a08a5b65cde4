// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';

// Server-rendered on every request: consent is checked per request, so no page
// is ever prerendered from a stale state.
export default defineConfig({
  output: 'server',
  // Middleware mode: src/server/http/server.ts is the server (static files,
  // the story fast path, limits), and hands each request to Astro with locals.
  adapter: node({ mode: 'middleware' }),
  integrations: [react()],
  // One request per reader page: the stylesheet is small (about 4 KB compressed)
  // and inlining it removes the render-blocking request on slow connections
  // (bench/lighthouse.ts).
  build: { inlineStylesheets: 'always' },
  // No Markdown code blocks here; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4321),
  },
  security: {
    // CSRF: every unsafe request, forms included, must come from the public
    // address; src/middleware.ts checks it. Astro's own check compares Origin
    // with the address it sees, which behind an HTTPS proxy is http://, so it
    // would refuse every form there.
    checkOrigin: false,
    // No inline script without a hash; Astro hashes its own scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        // Listening back to a recording before keeping it plays it from the
        // device (a blob: address); everything else is served by Heard itself.
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "connect-src 'self'",
      ],
    },
  },
  vite: {
    // PGlite ships WebAssembly and data files it loads relative to itself.
    ssr: { external: ['@electric-sql/pglite'] },
    build: {
      rollupOptions: {
        // The server code is loaded by Node from src/ (package.json "imports"),
        // not copied into the bundle: the pages and scripts/serve.ts then share
        // one instance of each module, so one database pool, one cache and one
        // listener per process, with nothing to reconcile between two copies.
        external: [/^#src\/server\//],
      },
    },
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  },
});
