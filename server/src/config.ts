import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { iceServerSchema, rtmpUrlSchema } from '@palabre/shared';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const jsonArray = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .default('[]')
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON array' });
        return z.NEVER;
      }
    })
    .pipe(z.array(item));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every setting comes from the environment, parsed once at start with clear errors. */
const envSchema = z
  .object({
    PORT: port(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MEDIASOUP_WORKERS: z.coerce.number().int().min(1).max(64).default(os.availableParallelism()),
    /** First port of the WebRtcServers: worker i listens on RTC_PORT + i (UDP and TCP). 0 = any. */
    RTC_PORT: port(40000),
    RTC_LISTEN_IP: z.ipv4().or(z.ipv6()).optional(),
    /** The public address browsers should send media to (a server behind NAT). */
    ANNOUNCED_ADDRESS: z.string().min(1).optional(),
    /** STUN/TURN servers handed to browsers, as a JSON array of RTCIceServer. */
    ICE_SERVERS: jsonArray(iceServerSchema),
    /** Peers a room puts on one router before it spreads to another worker (pipeToRouter). */
    PEERS_PER_ROUTER: z.coerce.number().int().min(1).max(1000).default(12),
    /** How long a peer whose connection dropped keeps its seat before the others see it leave. */
    PEER_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(20),
    /** An open meeting whose room stayed empty this long ends by itself (its report is frozen). */
    MEETING_END_GRACE_SECONDS: z.coerce.number().min(0).max(7 * 86_400).default(600),
    /** How long facilitators may review a report before it is published by itself. */
    PUBLISH_DELAY_SECONDS: z.coerce.number().min(0).max(30 * 86_400).default(600),
    /** First retry delay of a failed delivery; it doubles at each attempt (at most an hour). */
    PUBLISH_RETRY_BASE_SECONDS: z.coerce.number().min(0).max(3_600).default(30),
    /** Attempts before a delivery is marked failed (a facilitator may still retry it). */
    PUBLISH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
    /** Days the working data of a published meeting (chat, raw minutes, queue) is kept; 0 = none. */
    RETENTION_DAYS: z.coerce.number().min(0).max(36_500).default(30),
    /** The time zone of dates in reports and page titles. */
    REPORT_TIME_ZONE: z
      .string()
      .default('UTC')
      .refine((zone) => isTimeZone(zone), 'an IANA time zone such as Europe/Paris'),
    REPORT_LANGUAGE: z.enum(['en', 'fr']).default('fr'),
    /**
     * Lets facilitators point publishing targets at loopback and private addresses. Off by
     * default: anyone can open a room, so a target must not reach into the server's network.
     */
    PUBLISH_ALLOW_PRIVATE_HOSTS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    CLIENT_DIST: z.string().min(1).default(path.join(serverRoot, '..', 'client', 'dist')),
    /** Every live stream is also pushed here (rtmp[s]://host/app/key) unless its room says otherwise. */
    LIVE_RTMP_URL: rtmpUrlSchema.optional(),
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .transform((env) => ({
    ...env,
    // Without a public address, media is only reachable from this machine: safe by default.
    RTC_LISTEN_IP: env.RTC_LISTEN_IP ?? (env.ANNOUNCED_ADDRESS ? '0.0.0.0' : '127.0.0.1'),
    DATA_DIR: path.resolve(env.DATA_DIR),
  }));

export type Config = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
