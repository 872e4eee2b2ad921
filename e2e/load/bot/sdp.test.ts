import { describe, expect, it } from 'vitest';
import type { ConsumerOptions, TransportOptions } from '@palabre/shared';
import { localDtlsParameters, parseOffer, recvOffer, sendAnswer } from './sdp.js';

/** The shape of werift's offer for a microphone and one simulcast layer. */
const offer = [
  'v=0',
  'o=- 1 0 IN IP4 0.0.0.0',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1',
  'm=audio 9 UDP/TLS/RTP/SAVPF 96',
  'a=fingerprint:sha-256 AA:BB',
  'a=setup:actpass',
  'a=mid:0',
  'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level',
  'a=rtpmap:96 OPUS/48000/2',
  'a=rtcp-fb:96 transport-cc',
  'm=video 9 UDP/TLS/RTP/SAVPF 97',
  'a=setup:actpass',
  'a=mid:1',
  'a=extmap:3 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
  'a=rtpmap:97 VP8/90000',
  'a=rtcp-fb:97 nack',
  'a=rtcp-fb:97 nack pli',
  'a=rid:r1 send',
  'a=simulcast:send r1',
  '',
].join('\r\n');

const transport: TransportOptions = {
  id: 't1',
  iceParameters: { usernameFragment: 'ufrag', password: 'pwd', iceLite: true },
  iceCandidates: [
    { foundation: 'udpcandidate', priority: 1076302079, address: '127.0.0.1', protocol: 'udp', port: 40000, type: 'host' },
    { foundation: 'tcpcandidate', priority: 1076276479, address: '127.0.0.1', protocol: 'tcp', port: 40000, type: 'host', tcpType: 'passive' },
  ],
  dtlsParameters: { role: 'auto', fingerprints: [{ algorithm: 'sha-256', value: 'CC:DD' }] },
};

describe('the SDP of the server side', () => {
  it('reads codec, feedback, extensions and RIDs from our offer', () => {
    const [audio, video] = parseOffer(offer);
    expect(audio).toMatchObject({ mid: '0', kind: 'audio', payloadType: 96, codecName: 'OPUS', clockRate: 48000, channels: 2 });
    expect(audio!.rtcpFeedback).toEqual([{ type: 'transport-cc' }]);
    expect(video).toMatchObject({ mid: '1', kind: 'video', payloadType: 97, rids: ['r1'] });
    expect(video!.rtcpFeedback).toEqual([{ type: 'nack' }, { type: 'nack', parameter: 'pli' }]);
    expect(video!.extensions).toEqual([{ id: 3, uri: 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id' }]);
  });

  it('makes us the DTLS client when we open the handshake', () => {
    expect(localDtlsParameters(offer.replace(/actpass/g, 'active'))).toEqual({
      role: 'client',
      fingerprints: [{ algorithm: 'sha-256', value: 'AA:BB' }],
    });
  });

  it('answers as an ICE-lite DTLS server that receives each section, UDP candidates only', () => {
    const answer = sendAnswer(parseOffer(offer), transport);
    expect(answer).toContain('a=ice-lite');
    expect(answer).toContain('a=setup:passive');
    expect(answer).toContain('a=candidate:udpcandidate 1 udp 1076302079 127.0.0.1 40000 typ host');
    expect(answer).not.toContain('tcpcandidate');
    expect(answer).toContain('a=rid:r1 recv');
    expect(answer).toContain('a=simulcast:recv r1');
    expect(answer.match(/^a=recvonly$/gm)).toHaveLength(2);
  });

  it('offers one sendonly section per consumer, with its SSRC and payload types', () => {
    const consumer: ConsumerOptions = {
      consumerId: 'c1',
      producerId: 'p1',
      peerId: 'peer',
      kind: 'video',
      source: 'camera',
      producerPaused: false,
      rtpParameters: {
        mid: '0',
        codecs: [{ mimeType: 'video/VP8', payloadType: 101, clockRate: 90000, rtcpFeedback: [{ type: 'nack' }] }],
        headerExtensions: [{ uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', id: 1 }],
        encodings: [{ ssrc: 1234 }],
        rtcp: { cname: 'cn' },
      },
    };
    const sdp = recvOffer([consumer], transport, 2);
    expect(sdp).toContain('a=group:BUNDLE 0');
    expect(sdp).toContain('m=video 7 UDP/TLS/RTP/SAVPF 101');
    expect(sdp).toContain('a=sendonly');
    expect(sdp).toContain('a=setup:actpass');
    expect(sdp).toContain('a=ssrc:1234 cname:cn');
    expect(sdp).toContain('a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid');
  });
});
