import { z } from 'zod';
import { displayNameSchema, idSchema, roomNameSchema } from './names.js';
import {
  dtlsParametersSchema,
  kindOfSource,
  mediaKindSchema,
  mediaSourceSchema,
  rtpCapabilitiesSchema,
  rtpParametersSchema,
  type IceCandidate,
  type IceParameters,
  type IceServer,
  type MediaKind,
  type MediaSource,
  type RtpCapabilities,
  type RtpParameters,
  type DtlsParameters,
} from './media.js';
import type { PeerInfo } from './peer.js';
import {
  facilitationRequestSchemas,
  type ChatMessage,
  type FacilitationResponses,
  type MeetingState,
  type Role,
} from './facilitation.js';
import { minutesRequestSchemas, type MinutesResponses } from './minutes.js';
import { liveRequestSchemas, type LiveResponses, type LiveState } from './live.js';
import { linkRequestSchemas, type LinkResponses } from './link.js';

/*
 * Every client request: its payload schema (parsed at the server's boundary) and its response
 * type. Requests are named `domain:verb`; the server's broadcasts, in events.ts, are past tense.
 */

const empty = z.object({}).strict();

/** The most video tiles a client may show at once (a paged grid shows fewer). */
export const MAX_VISIBLE_TILES = 49;

export const videoTileSchema = z.object({
  peerId: idSchema,
  source: z.enum(['camera', 'screen']),
  width: z.number().int().min(0).max(16_384),
  height: z.number().int().min(0).max(16_384),
});
export type VideoTile = z.infer<typeof videoTileSchema>;

export const requestSchemas = {
  'room:join': z.object({
    protocolVersion: z.number().int(),
    room: roomNameSchema,
    name: displayNameSchema,
    /** Given by a previous join: reclaims the same seat after a dropped connection or a restart. */
    resumeToken: z.string().min(16).max(128).optional(),
    /** The secret of the room's facilitator link. */
    facilitatorToken: z.string().min(16).max(128).optional(),
    /** The person says it is their first time here: everyone sees a discreet mark, to welcome them. */
    firstTime: z.boolean().optional(),
    /** Consent to appear by name in published reports; left out keeps the last answer (default: not named). */
    namedInReport: z.boolean().optional(),
  }),
  'room:leave': empty,
  'media:ready': z.object({ rtpCapabilities: rtpCapabilitiesSchema }),
  'transport:create': z.object({ direction: z.enum(['send', 'recv']) }),
  'transport:connect': z.object({ transportId: idSchema, dtlsParameters: dtlsParametersSchema }),
  'transport:restartIce': z.object({ transportId: idSchema }),
  'producer:create': z
    .object({
      transportId: idSchema,
      kind: mediaKindSchema,
      source: mediaSourceSchema,
      rtpParameters: rtpParametersSchema,
      paused: z.boolean().optional(),
    })
    .refine((p) => kindOfSource(p.source) === p.kind, { message: 'kind does not match source' }),
  'producer:pause': z.object({ producerId: idSchema }),
  'producer:resume': z.object({ producerId: idSchema }),
  'producer:close': z.object({ producerId: idSchema }),
  'consumer:resume': z.object({ consumerId: idSchema }),
  /**
   * The videos this client shows and their size on screen in device pixels. The server sends
   * only those (every other video consumer is paused) at the simulcast layer the size needs.
   * A client that never sends this receives every video at the best layer.
   */
  'view:update': z.object({ tiles: z.array(videoTileSchema).max(MAX_VISIBLE_TILES) }),
  ...facilitationRequestSchemas,
  ...minutesRequestSchemas,
  ...liveRequestSchemas,
  ...linkRequestSchemas,
} as const;

export type RequestName = keyof typeof requestSchemas;
export type RequestPayload<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedRequest<N extends RequestName> = z.output<(typeof requestSchemas)[N]>;

export interface JoinResponse {
  self: PeerInfo;
  resumeToken: string;
  peers: PeerInfo[];
  routerRtpCapabilities: RtpCapabilities;
  iceServers: IceServer[];
  /** Who is speaking now, if anyone has yet. */
  activeSpeakerId: string | null;
  role: Role;
  /** The room's facilitator secret, given to facilitators so they can share the role. */
  facilitatorToken: string | null;
  meeting: MeetingState;
  /** The meeting's chat so far (the most recent messages). */
  chat: ChatMessage[];
  /** Whether the room is being streamed live (absent from older servers: not live). */
  live?: LiveState;
  /** Linked rooms streamed live now: this room's people can be seen in their streams. */
  linkedLive?: string[];
}

export interface TransportOptions {
  id: string;
  iceParameters: IceParameters;
  iceCandidates: IceCandidate[];
  dtlsParameters: DtlsParameters;
}

export type Empty = Record<string, never>;

export interface ResponseMap extends FacilitationResponses, MinutesResponses, LiveResponses, LinkResponses {
  'room:join': JoinResponse;
  'room:leave': Empty;
  'media:ready': Empty;
  'transport:create': TransportOptions;
  'transport:connect': Empty;
  'transport:restartIce': { iceParameters: IceParameters };
  'producer:create': { producerId: string };
  'producer:pause': Empty;
  'producer:resume': Empty;
  'producer:close': Empty;
  'consumer:resume': Empty;
  'view:update': Empty;
}

/** What the server announces when it has created a (paused) consumer for this client. */
export interface ConsumerOptions {
  consumerId: string;
  producerId: string;
  peerId: string;
  kind: MediaKind;
  source: MediaSource;
  rtpParameters: RtpParameters;
  producerPaused: boolean;
}
