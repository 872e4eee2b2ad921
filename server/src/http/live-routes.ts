import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { roomNameSchema } from '@palabre/shared';
import type { LiveRegistry } from '../live/live-registry.js';

/** The only files a stream directory serves: the playlist and its numbered segments. */
const HLS_FILE = /^(index\.m3u8|seg-\d{5,}\.ts)$/;

/**
 * What a viewer without an account reaches: whether a room is live (also for the pre-join
 * screen, so people know before they enter), the HLS files, and the viewer page. Mounted before
 * the SPA's routes.
 */
export function liveRoutes(live: LiveRegistry, clientDist: string): Router {
  const router = express.Router();

  router.get('/api/rooms/:room/live', (request, response) => {
    const room = roomNameSchema.safeParse(request.params.room);
    if (!room.success) {
      response.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: 'not a room name' } });
      return;
    }
    response.setHeader('Cache-Control', 'no-store');
    response.json(live.availability(room.data));
  });

  router.get('/live/:room/:file', (request, response) => {
    const { room, file } = request.params;
    const dir = roomNameSchema.safeParse(room).success ? live.stream(room)?.hlsDir : null;
    if (!dir || !HLS_FILE.test(file)) {
      response.status(404).type('text/plain').send('This room is not live.');
      return;
    }
    const playlist = file.endsWith('.m3u8');
    // The playlist changes every segment; a segment never changes once listed.
    response.setHeader('Content-Type', playlist ? 'application/vnd.apple.mpegurl' : 'video/mp2t');
    response.setHeader('Cache-Control', playlist ? 'no-cache' : 'public, max-age=60');
    response.sendFile(path.join(dir, file), (error) => {
      // A segment deleted from the window (or the stream stopped) between listing and fetching.
      if (error && !response.headersSent) response.status(404).type('text/plain').send('Gone.');
    });
  });

  router.get('/live/:room', (request, response) => {
    const page = path.join(clientDist, 'live.html');
    if (!roomNameSchema.safeParse(request.params.room).success) {
      response.status(404).type('text/plain').send('No such room.');
      return;
    }
    if (!fs.existsSync(page)) {
      response.status(503).type('text/plain').send('The client is not built yet: run `npm start`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(page);
  });

  return router;
}
