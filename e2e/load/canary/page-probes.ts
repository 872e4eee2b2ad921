/*
 * Functions that run inside the canary's page (serialized by Playwright: self-contained, no
 * imports). They read what a person would see: the remote tiles, their <video> elements, and
 * the inbound RTP statistics of the page's peer connections.
 */

export interface TileSample {
  label: string;
  hasVideo: boolean;
  width: number;
  height: number;
  frames: number;
  dropped: number;
}

export interface PageSample {
  /** The page's clock (ms). */
  at: number;
  tiles: TileSample[];
  /** jitterMs: the largest inbound video stream's RTP jitter estimate (RFC 3550), ms. */
  video: { framesDecoded: number; freezeCount: number; freezeSeconds: number; bytes: number; packets: number; lost: number; jitterMs: number };
  audio: { bytes: number; packets: number; lost: number };
}

export { recordPeerConnections } from '../../support/peer-connections.js';

/**
 * Arms the join timer: the trusted click on Join, then the first frame presented by any remote
 * tile's video (requestVideoFrameCallback), both on the page's own clock.
 */
export function armFirstFrameProbe(): void {
  const probe = window as unknown as { __clickAt?: number; __firstFrame: Promise<number> };
  document.addEventListener('click', (event) => (probe.__clickAt ??= event.timeStamp), { capture: true });
  probe.__firstFrame = new Promise((resolve) => {
    const watching = new WeakSet<HTMLVideoElement>();
    const timer = setInterval(() => {
      for (const group of Array.from(document.querySelectorAll('[role="group"][aria-label]'))) {
        if ((group.getAttribute('aria-label') ?? '').endsWith('(you)')) continue;
        const video = group.querySelector('video');
        if (!video || watching.has(video)) continue;
        watching.add(video);
        video.requestVideoFrameCallback((now) => {
          clearInterval(timer);
          resolve(now);
        });
      }
    }, 5);
  });
}

export async function firstFrameDelay(): Promise<number> {
  const probe = window as unknown as { __clickAt: number; __firstFrame: Promise<number> };
  return (await probe.__firstFrame) - probe.__clickAt;
}

export async function samplePage(): Promise<PageSample> {
  const tiles: TileSample[] = [];
  for (const group of Array.from(document.querySelectorAll('[role="group"][aria-label]'))) {
    const label = group.getAttribute('aria-label') ?? '';
    if (label.endsWith('(you)')) continue;
    const video = group.querySelector('video');
    const quality = video?.getVideoPlaybackQuality();
    tiles.push({
      label,
      hasVideo: video !== null,
      width: video?.videoWidth ?? 0,
      height: video?.videoHeight ?? 0,
      frames: quality?.totalVideoFrames ?? 0,
      dropped: quality?.droppedVideoFrames ?? 0,
    });
  }
  const video = { framesDecoded: 0, freezeCount: 0, freezeSeconds: 0, bytes: 0, packets: 0, lost: 0, jitterMs: 0 };
  const audio = { bytes: 0, packets: 0, lost: 0 };
  const connections = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
  for (const connection of connections) {
    if (connection.connectionState === 'closed') continue;
    const report = await connection.getStats();
    report.forEach((stat: Record<string, unknown>) => {
      if (stat.type !== 'inbound-rtp') return;
      const number = (key: string) => Number(stat[key] ?? 0);
      if (stat.kind === 'video') {
        video.framesDecoded += number('framesDecoded');
        video.freezeCount += number('freezeCount');
        video.freezeSeconds += number('totalFreezesDuration');
        video.bytes += number('bytesReceived');
        video.packets += number('packetsReceived');
        video.lost += number('packetsLost');
        video.jitterMs = Math.max(video.jitterMs, number('jitter') * 1000);
      } else if (stat.kind === 'audio') {
        audio.bytes += number('bytesReceived');
        audio.packets += number('packetsReceived');
        audio.lost += number('packetsLost');
      }
    });
  }
  return { at: performance.now(), tiles, video, audio };
}
