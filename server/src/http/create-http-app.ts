import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Registry } from 'prom-client';
import { roomNameSchema } from '@palabre/shared';

export interface HttpAppOptions {
  clientDist: string;
  metrics: Registry;
  trustProxy: boolean;
  /** The JSON API (agenda before the call, minutes history...). */
  api: express.Router | express.Router[];
}

/**
 * The HTTP side: health, metrics, and the built client. The CSP allows nothing but this origin,
 * so no page can reach a CDN, a hosted font or a tracker even by mistake.
 */
export function createHttpApp({ clientDist, metrics, trustProxy, api }: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_request, response, next) => {
    response.setHeader('Permissions-Policy', 'camera=(self), microphone=(self), display-capture=(self)');
    next();
  });

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.get('/metrics', async (_request, response) => {
    response.type(metrics.contentType).send(await metrics.metrics());
  });

  app.use(api);

  const indexHtml = path.join(clientDist, 'index.html');
  app.use(express.static(clientDist, { index: false, maxAge: '1h' }));

  const sendApp: express.RequestHandler = (_request, response) => {
    if (!fs.existsSync(indexHtml)) {
      response.status(503).type('text/plain').send('The client is not built yet: run `npm start`.');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  };
  app.get('/', sendApp);
  app.get('/r/:room', (request, response, next) => {
    if (!roomNameSchema.safeParse(request.params.room).success) {
      response.status(404).type('text/plain').send('No such room: names use lower-case letters, digits and dashes.');
      return;
    }
    sendApp(request, response, next);
  });

  return app;
}
