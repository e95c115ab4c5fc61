// The web cockpit's build: React, the Jiaxing map asset, the cockpit's chart code prefetched (not run), vendor chunks
// split so the first page loads only what it needs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { jiaxingMapAsset } from './build/jiaxing-map-asset.ts';
import { prefetchChunks } from './build/prefetch-chunks.ts';

const sharedModule =
  /\/packages\/web\/src\/(components|format|api|charts\/options)\/|\/packages\/web\/src\/charts\/(EChart|chart-parts|map-data)\.tsx?$|\/packages\/core\/src\/format\//;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), jiaxingMapAsset(), prefetchChunks(['/src/charts/echarts-basic-setup.ts'])],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // One stylesheet for the whole app (≈ 21 KB, 5 KB gzip) loaded with index.html: a page's code then never
    // waits for a stylesheet of its own, which queued behind the page's first API reads.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // The building blocks most pages share (components, formatting, API reads, chart adapter and options) in
        // one chunk: a page then loads as two or three files rather than fifteen, which on HTTP/1.1's six
        // connections queued behind the page's first API reads.
        codeSplitting: { groups: [{ name: 'shared', test: sharedModule }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
