import type { RTCPeerConnection, RTCRtpSender, RtpPacket } from 'werift';
import type { RtpParameters, TransportOptions } from '@palabre/shared';
import { localDtlsParameters, parseOffer, sendAnswer, type OfferedSection } from './sdp.js';
import { request, type BotSocket } from './signalling.js';
import { EXTENSION, connected, createSendConnection } from './werift-setup.js';
import { watchConnectionState } from './connection-state.js';

/** RFC 6464 audio levels (voice-activity bit, level in −dBov), for each packet of a loop. */
const LEVELS = Array.from({ length: 128 }, (_, level) => [Buffer.from([level]), Buffer.from([0x80 | level])] as const);

/**
 * Someone talking: 1.5 s of speech whose level moves between −15 and −45 dBov, then 0.5 s of
 * silence, by 20 ms packet. mediasoup's active-speaker detection measures activity against each
 * microphone's noise floor: a constant level would never count as speech.
 */
function speechLevel(sequenceNumber: number): Buffer {
  const talking = sequenceNumber % 100 < 75;
  return talking ? LEVELS[15 + ((sequenceNumber * 7) % 31)]![1] : LEVELS[127]![0];
}

/** One simulcast layer as the producer declares it (the server picks layers by their height). */
export interface SimulcastLayer {
  rid: string;
  scaleResolutionDownBy: number;
  maxBitrate: number;
}

/**
 * A bot's send transport: one werift peer connection carrying a microphone and a camera made of
 * one RTP stream per simulcast layer. werift sends one stream per transceiver, so each layer gets
 * its own (sendonly) transceiver and RID; mediasoup, which speaks no SDP, sees what Chrome sends:
 * one producer whose encodings are told apart by the RID header extension.
 */
export class MediaSender {
  private cameraProducerId: string | undefined;
  /** Dynacast: the server's limit on the layers anyone receives; every layer until it says. */
  private maxLayer = Number.POSITIVE_INFINITY;

  private constructor(
    private readonly pc: RTCPeerConnection,
    private readonly audio: RTCRtpSender,
    private readonly layers: RTCRtpSender[],
    private readonly micPaused: boolean,
    /** The id our offer gave the audio-level extension, written into microphone packets. */
    private readonly audioLevelExtensionId: number | undefined,
  ) {}

  static async open(socket: BotSocket, layers: SimulcastLayer[], mic: { paused: boolean }): Promise<MediaSender> {
    const pc = createSendConnection();
    try {
      const audio = pc.addTransceiver('audio', { direction: 'sendonly' });
      const video = layers.map((layer) =>
        pc.addTransceiver('video', { direction: 'sendonly', sendEncodings: [{ rid: layer.rid }] }),
      );
      const transport = await request(socket, 'transport:create', { direction: 'send' });
      await pc.setLocalDescription(await pc.createOffer());
      const localSdp = pc.localDescription!.sdp;
      const offered = parseOffer(localSdp);
      // Like mediasoup-client: the server learns our fingerprint before the handshake starts.
      await request(socket, 'transport:connect', { transportId: transport.id, dtlsParameters: localDtlsParameters(localSdp) });
      await pc.setRemoteDescription({ type: 'answer', sdp: sendAnswer(offered, transport) });
      await connected(pc);

      const audioSection = offered.find((section) => section.mid === audio.mid)!;
      const videoSection = offered.find((section) => section.mid === video[0]!.mid)!;
      const audioLevelId = audioSection.extensions.find((extension) => extension.uri === EXTENSION.audioLevel)?.id;
      const senders = video.map((transceiver) => transceiver.sender);
      const sender = new MediaSender(pc, audio.sender, senders, mic.paused, audioLevelId);
      await sender.produce(socket, transport, {
        source: 'mic',
        paused: mic.paused,
        rtpParameters: sender.parametersFor(audioSection, [{ ssrc: audio.sender.ssrc }]),
      });
      sender.cameraProducerId = await sender.produce(socket, transport, {
        source: 'camera',
        paused: false,
        rtpParameters: sender.parametersFor(
          videoSection,
          layers.map(({ rid, scaleResolutionDownBy, maxBitrate }) => ({ rid, scaleResolutionDownBy, maxBitrate })),
        ),
      });
      return sender;
    } catch (error) {
      await pc.close();
      throw error;
    }
  }

  /**
   * A muted microphone sends nothing (a browser's would send silence the server drops). An open
   * one carries the audio level Chrome would write (see speechLevel). The packet is shared by
   * the process's bots; they all negotiated the same extension id (werift numbers extensions by
   * configuration order) and werift copies the packet before sending it.
   */
  sendAudio(packet: RtpPacket): void {
    if (this.micPaused) return;
    if (this.audioLevelExtensionId !== undefined) {
      packet.header.extensions = [{ id: this.audioLevelExtensionId, payload: speechLevel(packet.header.sequenceNumber) }];
    }
    void this.audio.sendRtp(packet);
  }

  sendVideo(layer: number, packet: RtpPacket): void {
    if (layer > this.maxLayer) return;
    void this.layers[layer]?.sendRtp(packet);
  }

  /** What a browser does on `producer:layers`: stop sending the layers nobody receives. */
  limitLayers(producerId: string, maxSpatialLayer: number): void {
    if (producerId === this.cameraProducerId) this.maxLayer = maxSpatialLayer;
  }

  /** Reports the connection going down (disconnected, failed, closed) and coming back. */
  onStateChange(listener: (state: string) => void): void {
    watchConnectionState(this.pc, listener);
  }

  get connectionState(): string {
    return this.pc.connectionState;
  }

  async close(): Promise<void> {
    await this.pc.close();
  }

  private parametersFor(section: OfferedSection, encodings: NonNullable<RtpParameters['encodings']>): RtpParameters {
    return {
      codecs: [
        {
          mimeType: `${section.kind}/${section.codecName}`,
          payloadType: section.payloadType,
          clockRate: section.clockRate,
          ...(section.channels ? { channels: section.channels } : {}),
          ...(section.kind === 'audio' ? { parameters: { useinbandfec: 1 } } : {}),
          rtcpFeedback: section.rtcpFeedback,
        },
      ],
      headerExtensions: section.extensions.map(({ id, uri }) => ({ id, uri })),
      encodings,
      rtcp: { cname: this.pc.cname, reducedSize: true },
    };
  }

  private async produce(
    socket: BotSocket,
    transport: TransportOptions,
    options: { source: 'mic' | 'camera'; paused: boolean; rtpParameters: RtpParameters },
  ): Promise<string> {
    const { producerId } = await request(socket, 'producer:create', {
      transportId: transport.id,
      kind: options.source === 'mic' ? 'audio' : 'video',
      source: options.source,
      rtpParameters: options.rtpParameters,
      paused: options.paused,
    });
    return producerId;
  }
}
