import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker, type types } from 'mediasoup';
import { ActiveSpeaker } from './active-speaker.js';

const OPUS: types.RtpCodecCapability = { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2, preferredPayloadType: 100 };

/** Waits for the next 'changed' event, or fails after a while (the observer ticks every 300 ms). */
function nextChange(speaker: ActiveSpeaker): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no speaker change')), 3_000);
    speaker.once('changed', (peerId) => {
      clearTimeout(timer);
      resolve(peerId);
    });
  });
}

describe('the active speaker, against a real mediasoup observer', () => {
  let worker: types.Worker;
  let router: types.Router;

  beforeAll(async () => {
    worker = await createWorker({ logLevel: 'error' });
    router = await worker.createRouter({ mediaCodecs: [OPUS] });
  });
  afterAll(() => worker.close());

  async function microphone(peerId: string, paused: boolean): Promise<types.Producer> {
    const transport = await router.createPlainTransport({ listenInfo: { protocol: 'udp', ip: '127.0.0.1' } });
    return transport.produce({
      kind: 'audio',
      paused,
      appData: { peerId },
      rtpParameters: { codecs: [{ mimeType: 'audio/opus', clockRate: 48000, channels: 2, payloadType: 100 }], encodings: [{ ssrc: 1111 }] },
    });
  }

  it('never names a muted microphone, and names it once it is on', async () => {
    const speaker = new ActiveSpeaker();
    const changes: (string | null)[] = [];
    speaker.on('changed', (peerId) => changes.push(peerId));
    await speaker.attach(router);
    // Alone in the observer, a producer is made dominant at the next tick, paused or not.
    const carol = await microphone('carol', true);
    await speaker.add(carol);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(speaker.peerId).toBeNull();
    expect(changes).toEqual([]);

    const unmuted = nextChange(speaker);
    await carol.resume();
    expect(await unmuted).toBe('carol');

    const muted = nextChange(speaker);
    await carol.pause();
    expect(await muted).toBeNull();
    expect(changes).toEqual(['carol', null]);
  });
});
