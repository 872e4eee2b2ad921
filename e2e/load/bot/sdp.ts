import type { ConsumerOptions, DtlsParameters, RtpParameters, TransportOptions } from '@palabre/shared';

/*
 * The SDP a mediasoup-client handler would write for the server's side of each peer connection.
 * mediasoup speaks no SDP: the server's half is built here from its transport parameters (ICE-lite,
 * DTLS fingerprint, candidates) and from the consumers it announced, as mediasoup-client's
 * RemoteSdp does. Only what werift needs is written; UDP candidates only (all on loopback).
 */

export interface OfferedSection {
  mid: string;
  kind: 'audio' | 'video';
  payloadType: number;
  codecName: string;
  clockRate: number;
  channels: number | undefined;
  rtcpFeedback: { type: string; parameter?: string }[];
  extensions: { id: number; uri: string }[];
  rids: string[];
}

/** Splits an SDP into its session lines and one list of lines per m-section. */
function sections(sdp: string): { session: string[]; media: string[][] } {
  const lines = sdp.split(/\r?\n/).filter((line) => line.length > 0);
  const session: string[] = [];
  const media: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('m=')) media.push([line]);
    else (media.at(-1) ?? session).push(line);
  }
  return { session, media };
}

const attribute = (lines: string[], name: string) =>
  lines.filter((line) => line.startsWith(`a=${name}:`)).map((line) => line.slice(name.length + 3));

/** What our own offer says about each m-section, for the answer and the producer's parameters. */
export function parseOffer(sdp: string): OfferedSection[] {
  return sections(sdp).media.map((lines) => {
    const [, kind, , , firstPt] = /^m=(\w+) (\d+) ([\w/]+) (\d+)/.exec(lines[0]!) ?? [];
    const payloadType = Number(firstPt);
    const rtpmap = attribute(lines, 'rtpmap').find((value) => value.startsWith(`${payloadType} `));
    const [codecName = '', clockRate = '0', channels] = (rtpmap?.split(' ')[1] ?? '').split('/');
    return {
      mid: attribute(lines, 'mid')[0] ?? '',
      kind: kind === 'audio' ? 'audio' : 'video',
      payloadType,
      codecName,
      clockRate: Number(clockRate),
      channels: channels ? Number(channels) : undefined,
      rtcpFeedback: attribute(lines, 'rtcp-fb')
        .filter((value) => value.startsWith(`${payloadType} `))
        .map((value) => {
          const [, type = '', parameter] = value.split(' ');
          return parameter ? { type, parameter } : { type };
        }),
      extensions: attribute(lines, 'extmap').map((value) => {
        const [id = '0', uri = ''] = value.split(' ');
        return { id: Number(id.split('/')[0]), uri };
      }),
      rids: attribute(lines, 'rid').map((value) => value.split(' ')[0]!),
    };
  });
}

/** Our DTLS parameters for `transport:connect`: the fingerprint and the role our setup implies. */
export function localDtlsParameters(sdp: string): DtlsParameters {
  const { session, media } = sections(sdp);
  const all = [...session, ...media.flat()];
  const [algorithm = 'sha-256', value = ''] = (attribute(all, 'fingerprint')[0] ?? '').split(' ');
  const setup = attribute(all, 'setup')[0];
  // active: we open the DTLS handshake, so we are its client and the server its server.
  const role = setup === 'passive' ? 'server' : 'client';
  return { role, fingerprints: [{ algorithm: algorithm as 'sha-256', value }] };
}

function transportLines(transport: TransportOptions, setup: 'actpass' | 'passive'): string[] {
  const fingerprint =
    transport.dtlsParameters.fingerprints.find((candidate) => candidate.algorithm === 'sha-256') ??
    transport.dtlsParameters.fingerprints[0]!;
  return [
    'c=IN IP4 127.0.0.1',
    `a=ice-ufrag:${transport.iceParameters.usernameFragment}`,
    `a=ice-pwd:${transport.iceParameters.password}`,
    ...transport.iceCandidates
      .filter((candidate) => candidate.protocol === 'udp')
      .map(
        (candidate) =>
          `a=candidate:${candidate.foundation} 1 udp ${candidate.priority} ${candidate.address ?? candidate.ip} ${candidate.port} typ ${candidate.type}`,
      ),
    'a=end-of-candidates',
    `a=fingerprint:${fingerprint.algorithm} ${fingerprint.value}`,
    `a=setup:${setup}`,
    'a=rtcp-mux',
    'a=rtcp-rsize',
  ];
}

function sessionLines(mids: string[], version: number): string[] {
  return ['v=0', `o=palabre-load 1 ${version} IN IP4 127.0.0.1`, 's=-', 't=0 0', 'a=ice-lite', `a=group:BUNDLE ${mids.join(' ')}`, 'a=msid-semantic: WMS *'];
}

function codecLines(pt: number, name: string, clockRate: number, channels?: number): string[] {
  return [`a=rtpmap:${pt} ${name}/${clockRate}${channels && channels > 1 ? `/${channels}` : ''}`];
}

/**
 * The server's answer to our sending offer: it receives every m-section, keeps the codec and
 * the extensions we offered (the server takes whatever the producer parameters declare), and
 * accepts each simulcast RID. It is the DTLS server (setup:passive), as for mediasoup-client.
 */
export function sendAnswer(offer: OfferedSection[], transport: TransportOptions): string {
  const lines = sessionLines(offer.map((section) => section.mid), 1);
  for (const section of offer) {
    lines.push(
      `m=${section.kind} 7 UDP/TLS/RTP/SAVPF ${section.payloadType}`,
      ...transportLines(transport, 'passive'),
      `a=mid:${section.mid}`,
      'a=recvonly',
      ...codecLines(section.payloadType, section.codecName, section.clockRate, section.channels),
      ...section.rtcpFeedback.map(
        (feedback) => `a=rtcp-fb:${section.payloadType} ${feedback.type}${feedback.parameter ? ` ${feedback.parameter}` : ''}`,
      ),
      ...section.extensions.map((extension) => `a=extmap:${extension.id} ${extension.uri}`),
      ...section.rids.map((rid) => `a=rid:${rid} recv`),
      ...(section.rids.length > 0 ? [`a=simulcast:recv ${section.rids.join(';')}`] : []),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The server's offer for every consumer announced so far, one m-section each, as it sends. */
export function recvOffer(consumers: ConsumerOptions[], transport: TransportOptions, version: number): string {
  const mids = consumers.map((consumer) => consumer.rtpParameters.mid ?? consumer.consumerId);
  const lines = sessionLines(mids, version);
  for (const consumer of consumers) {
    lines.push(...consumerSection(consumer, transport));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function consumerSection(consumer: ConsumerOptions, transport: TransportOptions): string[] {
  const parameters: RtpParameters = consumer.rtpParameters;
  const codecs = parameters.codecs;
  const encoding = parameters.encodings?.[0];
  const cname = parameters.rtcp?.cname ?? 'palabre';
  const streamId = consumer.peerId;
  const lines = [
    `m=${consumer.kind} 7 UDP/TLS/RTP/SAVPF ${codecs.map((codec) => codec.payloadType).join(' ')}`,
    ...transportLines(transport, 'actpass'),
    `a=mid:${parameters.mid ?? consumer.consumerId}`,
    'a=sendonly',
    `a=msid:${streamId} ${consumer.consumerId}`,
  ];
  for (const codec of codecs) {
    const [, name = ''] = codec.mimeType.split('/');
    lines.push(...codecLines(codec.payloadType, name, codec.clockRate, codec.channels));
    const fmtp = Object.entries(codec.parameters ?? {}).map(([key, value]) => `${key}=${value}`);
    if (fmtp.length > 0) lines.push(`a=fmtp:${codec.payloadType} ${fmtp.join(';')}`);
    for (const feedback of codec.rtcpFeedback ?? []) {
      lines.push(`a=rtcp-fb:${codec.payloadType} ${feedback.type}${feedback.parameter ? ` ${feedback.parameter}` : ''}`);
    }
  }
  for (const extension of parameters.headerExtensions ?? []) lines.push(`a=extmap:${extension.id} ${extension.uri}`);
  if (encoding?.ssrc !== undefined) {
    if (encoding.rtx) lines.push(`a=ssrc-group:FID ${encoding.ssrc} ${encoding.rtx.ssrc}`);
    for (const ssrc of [encoding.ssrc, encoding.rtx?.ssrc].filter((value) => value !== undefined)) {
      lines.push(`a=ssrc:${ssrc} cname:${cname}`, `a=ssrc:${ssrc} msid:${streamId} ${consumer.consumerId}`);
    }
  }
  return lines;
}
