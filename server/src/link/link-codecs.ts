import type { types } from 'mediasoup';

const AUDIO_LEVEL_URI = 'urn:ietf:params:rtp-hdrext:ssrc-audio-level';

export interface LinkCodecs {
  /** What the capture's consumers accept: Opus, VP8, and the audio level (for the active speaker). */
  capabilities: types.RtpCapabilities;
  payloadType(kind: types.MediaKind): number;
  /** A tile producer's parameters: the same codec, payload type and extension ids as captured. */
  producerParameters(kind: types.MediaKind, ssrc: number): types.RtpParameters;
}

/**
 * A link copies packets from one room's consumers into another room's producers without
 * rewriting their payloads or extensions, so both sides must use the router's own payload types
 * and extension ids (mediasoup keeps a consumer's extension only with the router's id). Every
 * room's router has the same codecs (media-codecs.ts), so the target's capabilities fit both.
 */
export function linkCodecs(router: types.RtpCapabilities): LinkCodecs {
  const opus = router.codecs?.find((codec) => codec.mimeType.toLowerCase() === 'audio/opus');
  const vp8 = router.codecs?.find((codec) => codec.mimeType.toLowerCase() === 'video/vp8');
  const audioLevel = router.headerExtensions?.find((ext) => ext.uri === AUDIO_LEVEL_URI && ext.kind === 'audio');
  if (!opus?.preferredPayloadType || !vp8?.preferredPayloadType || !audioLevel) throw new Error('the router lacks Opus, VP8 or the audio level extension');
  const codec = { audio: opus, video: vp8 };
  return {
    capabilities: { codecs: [opus, vp8], headerExtensions: [audioLevel] },
    payloadType: (kind) => codec[kind].preferredPayloadType!,
    producerParameters: (kind, ssrc) => ({
      codecs: [
        {
          mimeType: codec[kind].mimeType,
          payloadType: codec[kind].preferredPayloadType!,
          clockRate: codec[kind].clockRate,
          ...(kind === 'audio' ? { channels: 2 } : {}),
          rtcpFeedback: kind === 'video' ? [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }] : [],
        },
      ],
      encodings: [{ ssrc }],
      headerExtensions: kind === 'audio' ? [{ uri: AUDIO_LEVEL_URI, id: audioLevel.preferredId }] : [],
      rtcp: { cname: `palabre-link-${ssrc}` },
    }),
  };
}
