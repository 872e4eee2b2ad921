import {
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RTCRtpHeaderExtensionParameters,
  useFIR,
  useNACK,
  usePLI,
  useTWCC,
} from 'werift';

/** Header extensions by URI, as mediasoup and browsers name them. */
export const EXTENSION = {
  mid: 'urn:ietf:params:rtp-hdrext:sdes:mid',
  rid: 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
  audioLevel: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
  transportCc: 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
} as const;

const extension = (uri: string) => new RTCRtpHeaderExtensionParameters({ uri });
const opus = (rtcpFeedback: ReturnType<typeof useTWCC>[] = []) =>
  new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2, rtcpFeedback });

/** Everything on loopback: candidates only from 127.0.0.1, sockets bound there too. */
const loopbackIce = {
  iceUseIpv6: false,
  iceInterfaceAddresses: { udp4: '127.0.0.1' },
  iceAdditionalHostAddresses: ['127.0.0.1'],
  iceFilterCandidatePair: (pair: { localCandidate: { host: string } }) => pair.localCandidate.host === '127.0.0.1',
  bundlePolicy: 'max-bundle' as const,
};

/**
 * The sending peer connection behaves like a browser's: VP8 with NACK/PLI/FIR and transport-wide
 * congestion control (mediasoup answers with TWCC feedback, as it does for Chrome), simulcast
 * layers told apart by RID, and the audio level a browser puts on its microphone packets (the
 * server's active-speaker detection reads it).
 */
export function createSendConnection(): RTCPeerConnection {
  return new RTCPeerConnection({
    ...loopbackIce,
    codecs: {
      audio: [opus([useTWCC()])],
      video: [
        new RTCRtpCodecParameters({
          mimeType: 'video/VP8',
          clockRate: 90000,
          rtcpFeedback: [useNACK(), usePLI(), useFIR(), useTWCC()],
        }),
      ],
    },
    headerExtensions: {
      audio: [extension(EXTENSION.audioLevel), extension(EXTENSION.transportCc)],
      video: [extension(EXTENSION.rid), extension(EXTENSION.transportCc)],
    },
  });
}

/**
 * The receiving peer connection asks for no bandwidth feedback: werift keeps a TWCC state per
 * stream rather than per transport, so its feedback would report the other streams' packets as
 * lost and make mediasoup's estimate collapse. Without feedback mediasoup does not manage this
 * transport's bitrate and sends each consumer its preferred layer, as to a receiver with ample
 * bandwidth (what a loopback receiver is).
 */
export function createRecvConnection(): RTCPeerConnection {
  return new RTCPeerConnection({
    ...loopbackIce,
    codecs: {
      audio: [opus()],
      video: [
        new RTCRtpCodecParameters({ mimeType: 'video/VP8', clockRate: 90000, rtcpFeedback: [useNACK(), usePLI(), useFIR()] }),
      ],
    },
    headerExtensions: { audio: [extension(EXTENSION.mid)], video: [extension(EXTENSION.mid)] },
  });
}

/** Resolves once ICE and DTLS are up; rejects if the connection fails or takes too long. */
export function connected(pc: RTCPeerConnection, timeoutMs = 15_000): Promise<void> {
  if (pc.connectionState === 'connected') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unSubscribe();
      reject(new Error(`peer connection not connected within ${timeoutMs} ms (${pc.connectionState})`));
    }, timeoutMs);
    const subscription = pc.connectionStateChange.subscribe((state) => {
      if (state !== 'connected' && state !== 'failed' && state !== 'closed') return;
      clearTimeout(timer);
      subscription.unSubscribe();
      if (state === 'connected') resolve();
      else reject(new Error(`peer connection ${state}`));
    });
  });
}
