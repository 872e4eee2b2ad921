import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/*
 * The client is served by the Palabre server from client/dist. In development Vite serves it and
 * forwards the signalling socket and the HTTP API to a server running on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP allows scripts from this origin only: no inlined module preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One chunk of about 175 kB gzipped: React, mediasoup-client (every browser's handler), zod
    // (the shared schemas), Socket.IO and i18next. Everyone who opens a room link needs all of it.
    chunkSizeWarningLimit: 800,
    // Two pages: the app, and the public live-stream viewer (/live/<room>), which loads only
    // React, i18next and hls.js.
    rolldownOptions: {
      input: { main: 'index.html', live: 'live.html' },
      output: {
        // The base both pages share (React, i18next) would otherwise be named after whichever
        // page the bundler met first ("live-…js", loaded by the app too).
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/react-dom/')) ? 'assets/shared-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    proxy: {
      '/socket.io': { target: 'http://localhost:3000', ws: true },
      // The agenda before the call (GET and POST /api/rooms/<room>/agenda).
      '/api': { target: 'http://localhost:3000' },
      // A live stream's HLS files (the viewer page itself is the server's, /live/<room>).
      '^/live/[^/]+/.+': { target: 'http://localhost:3000' },
    },
  },
});
