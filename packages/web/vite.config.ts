// The web cockpit's build: React, the Jiaxing map asset, the cockpit's chart code prefetched (not run), vendor chunks
// split so the first page loads only what it needs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { jiaxingMapAsset } from './build/jiaxing-map-asset.ts';
import { prefetchChunks } from './build/prefetch-chunks.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), jiaxingMapAsset(), prefetchChunks(['/src/charts/echarts-basic-setup.ts'])],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
