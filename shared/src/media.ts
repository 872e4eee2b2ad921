import { z } from 'zod';

/*
 * Shapes of the WebRTC parameters that travel through signalling. zod checks the structure and
 * bounds the sizes (a hostile client cannot send a megabyte of codecs); mediasoup then checks the
 * semantics and throws, which the server answers as INVALID_PAYLOAD.
 */

const shortString = z.string().max(256);
const codecParameterValue = z.union([z.string().max(512), z.number()]);
const codecParameters = z.record(z.string().max(64), codecParameterValue);
const uint = z.number().int().min(0).max(0xffffffff);

export const mediaKindSchema = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/** What a producer carries; the kind follows from it. */
export const mediaSourceSchema = z.enum(['mic', 'camera', 'screen']);
export type MediaSource = z.infer<typeof mediaSourceSchema>;

export function kindOfSource(source: MediaSource): MediaKind {
  return source === 'mic' ? 'audio' : 'video';
}

const rtcpFeedbackSchema = z.object({ type: shortString, parameter: shortString.optional() });

const rtpCodecCapabilitySchema = z.object({
  kind: mediaKindSchema,
  mimeType: shortString,
  preferredPayloadType: z.number().int().min(0).max(127).optional(),
  clockRate: uint,
  channels: z.number().int().min(1).max(16).optional(),
  parameters: codecParameters.optional(),
  rtcpFeedback: z.array(rtcpFeedbackSchema).max(32).optional(),
});

const rtpHeaderExtensionSchema = z.object({
  kind: mediaKindSchema,
  uri: shortString,
  preferredId: z.number().int().min(1).max(255),
  preferredEncrypt: z.boolean().optional(),
  direction: z.enum(['sendrecv', 'sendonly', 'recvonly', 'inactive']).optional(),
});

export const rtpCapabilitiesSchema = z.object({
  codecs: z.array(rtpCodecCapabilitySchema).max(64).optional(),
  headerExtensions: z.array(rtpHeaderExtensionSchema).max(64).optional(),
});
export type RtpCapabilities = z.infer<typeof rtpCapabilitiesSchema>;

const rtpCodecParametersSchema = z.object({
  mimeType: shortString,
  payloadType: z.number().int().min(0).max(127),
  clockRate: uint,
  channels: z.number().int().min(1).max(16).optional(),
  parameters: codecParameters.optional(),
  rtcpFeedback: z.array(rtcpFeedbackSchema).max(32).optional(),
});

const rtpEncodingSchema = z.object({
  ssrc: uint.optional(),
  rid: shortString.optional(),
  codecPayloadType: z.number().int().min(0).max(127).optional(),
  rtx: z.object({ ssrc: uint }).optional(),
  dtx: z.boolean().optional(),
  scalabilityMode: shortString.optional(),
  scaleResolutionDownBy: z.number().min(1).max(64).optional(),
  maxBitrate: z.number().int().min(0).optional(),
  maxFramerate: z.number().min(0).max(240).optional(),
  adaptivePtime: z.boolean().optional(),
  priority: z.enum(['very-low', 'low', 'medium', 'high']).optional(),
  networkPriority: z.enum(['very-low', 'low', 'medium', 'high']).optional(),
});

export const rtpParametersSchema = z.object({
  mid: shortString.optional(),
  codecs: z.array(rtpCodecParametersSchema).min(1).max(32),
  headerExtensions: z
    .array(
      z.object({
        uri: shortString,
        id: z.number().int().min(1).max(255),
        encrypt: z.boolean().optional(),
        parameters: codecParameters.optional(),
      }),
    )
    .max(32)
    .optional(),
  encodings: z.array(rtpEncodingSchema).max(8).optional(),
  rtcp: z
    .object({ cname: shortString.optional(), reducedSize: z.boolean().optional(), mux: z.boolean().optional() })
    .optional(),
});
export type RtpParameters = z.infer<typeof rtpParametersSchema>;

export const dtlsParametersSchema = z.object({
  role: z.enum(['auto', 'client', 'server']).optional(),
  fingerprints: z
    .array(
      z.object({
        algorithm: z.enum(['sha-1', 'sha-224', 'sha-256', 'sha-384', 'sha-512']),
        value: z.string().max(256),
      }),
    )
    .min(1)
    .max(8),
});
export type DtlsParameters = z.infer<typeof dtlsParametersSchema>;

/** Sent by the server only; typed here so the client reads them without `any`. */
export interface IceParameters {
  usernameFragment: string;
  password: string;
  iceLite?: boolean;
}

export interface IceCandidate {
  foundation: string;
  priority: number;
  address: string;
  ip?: string;
  protocol: 'udp' | 'tcp';
  port: number;
  type: 'host' | 'srflx' | 'prflx' | 'relay';
  tcpType?: 'active' | 'passive' | 'so';
}

/** An RTCIceServer as given to the browser (STUN/TURN from the ICE_SERVERS setting). */
export const iceServerSchema = z.object({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export type IceServer = z.infer<typeof iceServerSchema>;
