/** The RTP streams ffmpeg reads: one video, then the audio slots, each on its own port. */
export interface SdpStreams {
  video: { port: number; payloadType: number };
  audio: { port: number; payloadType: number }[];
}

export const VP8_PAYLOAD_TYPE = 96;
export const OPUS_PAYLOAD_TYPE = 111;

/**
 * The SDP file ffmpeg opens as its input. ffmpeg listens on each port (and port + 1 for RTCP,
 * which the relay never sends); the relay already gives each stream one SSRC and continuous
 * numbering, so no SSRC is named here.
 */
export function liveSdp({ video, audio }: SdpStreams): string {
  const lines = [
    'v=0',
    'o=- 0 0 IN IP4 127.0.0.1',
    's=Palabre live',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    `m=video ${video.port} RTP/AVP ${video.payloadType}`,
    `a=rtpmap:${video.payloadType} VP8/90000`,
    'a=recvonly',
    ...audio.flatMap(({ port, payloadType }) => [
      `m=audio ${port} RTP/AVP ${payloadType}`,
      `a=rtpmap:${payloadType} opus/48000/2`,
      'a=recvonly',
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
