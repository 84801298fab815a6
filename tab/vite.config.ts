import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The config is run from the repo root (`vite build --config tab/vite.config.ts`), so the tab's own
// folder is pinned as root rather than taken from the working directory.
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);
// The tab imports bot/contract (outside its own folder) as @contract.
const repoRoot = decodeURIComponent(new URL('..', import.meta.url).pathname);

export default defineConfig({
  root,
  base: '/tab/',
  // Keep Vite's dependency cache with the other node_modules, not in a new tab/node_modules.
  cacheDir: `${repoRoot}node_modules/.vite/tab`,
  plugins: [react()],
  resolve: { alias: { '@contract': `${repoRoot}bot/contract` } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Teams runs tabs in current Edge/Chromium or WebKit webviews.
    sourcemap: false,
    reportCompressedSize: true,
    // The entry holds React, Fluent's core and the overview (≈140 kB gzip); the budget that matters is the
    // gzip total, which tests/bench/tabBundleBench.ts measures.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // teams-js is loaded only inside Teams; its chunk would otherwise be called "src" after its folder.
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('@microsoft/teams-js'))
          ? 'assets/teams-js-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    // `vite --config tab/vite.config.ts` during development: the API runs beside it on the bot's port.
    proxy: { '/api': 'http://127.0.0.1:3978' },
    fs: { allow: [repoRoot] },
  },
});
