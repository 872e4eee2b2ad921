import type { Results } from './results.js';

const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : 'n/a');
const pct = (value: number) => `${round(value)} %`;

function section(title: string, rows: [string, string | number][]): void {
  console.log(`\n${title}`);
  for (const [name, value] of rows) console.log(`  ${name.padEnd(52)} ${value}`);
}

/** The human-readable table; CPU is in % of one core (this machine has two: 200 % is all). */
export function printResults(results: Results): void {
  const { setup, joins, server, generator, bots, canaries } = results;
  section('Setup', Object.entries(setup));
  section('Joins', [
    ['bots joined / failed', `${joins.joined} / ${joins.failed}`],
    ['bot join (signalling + ICE + DTLS + produce) median / max', `${joins.botJoinMsMedian} / ${joins.botJoinMsMax} ms`],
  ]);
  section('Server (CPU in % of one core, over the steady window)', [
    ['Node process (signalling, metrics)', pct(server.nodeCpuPercent)],
    ...server.workers.map((worker): [string, string] => [`mediasoup worker ${worker.index} (pid ${worker.pid})`, pct(worker.cpuPercent)]),
    ...(server.liveCompositorCpuPercent === null ? [] : [['live stream compositor (ffmpeg)', pct(server.liveCompositorCpuPercent)] as [string, string]]),
    ['peers / producers audio+video', `${server.peers} / ${server.producers.audio}+${server.producers.video}`],
    ['consumers audio / video', `${server.consumers.audio} / ${server.consumers.video}`],
    ['consumers forwarding RTP audio / video', `${server.forwarding.audio} / ${server.forwarding.video}`],
    ['RTP forwarded to bots', `${round(server.forwardedMbpsToBots)} Mbit/s`],
    ['worker CPU per forwarded stream', `${round(server.workerCpuPercentPerForwardedStream, 3)} % of a core`],
    ['worker CPU per forwarded Mbit/s (to bots)', `${round(server.workerCpuPercentPerForwardedMbps, 3)} % of a core`],
    ['RTP packets/s reaching receivers (bots + canaries)', round(server.receivedPacketsPerSecond, 0)],
    ['worker CPU per packet reaching a receiver', `${round(server.workerCpuMicrosecondsPerReceivedPacket)} µs`],
  ]);
  section('Generator (same machine)', [
    ['bot processes (werift)', pct(generator.botsCpuPercent)],
    ['ffmpeg (looped files → RTP)', pct(generator.ffmpegCpuPercent)],
    ['per bot, bots + ffmpeg', pct(generator.perBotCpuPercent)],
    ['canary Chromium (all its processes)', pct(generator.chromiumCpuPercent)],
    ['this orchestrator (Playwright driver, sampling)', pct(generator.orchestratorCpuPercent)],
    ['whole machine busy', `${pct(results.machineBusyPercent)} of 200 %`],
    ['  of which kernel packet processing (softirq)', pct(results.kernelNetworkPercent)],
    ['  of which none of ours (other users; rough)', pct(results.otherProcessesPercent)],
  ]);
  section('What the bots received (per consumer, steady window)', [
    ['video streams flowing / consumers', `${bots.video.flowing} / ${bots.video.consumers}`],
    ['video pps mean; kbit/s mean (min–max)', `${round(bots.video.ppsMean)}; ${round(bots.video.kbpsMean)} (${round(bots.video.kbpsMin)}–${round(bots.video.kbpsMax)})`],
    ['video layers received from bots (by bitrate)', Object.entries(bots.videoLayers).map(([layer, count]) => `${layer}: ${count}`).join(', ')],
    ['video loss (RTP sequence gaps)', pct(bots.video.lossPercent)],
    ['audio streams flowing / consumers (muted mics send none)', `${bots.audio.flowing} / ${bots.audio.consumers}`],
    ['audio pps mean; kbit/s mean', `${round(bots.audio.ppsMean)}; ${round(bots.audio.kbpsMean)}`],
    ['audio loss', pct(bots.audio.lossPercent)],
    ['bots not connected', bots.notConnected.length ? bots.notConnected.join(', ') : 'none'],
    ['errors', bots.errors.length ? bots.errors.slice(0, 5).join(' | ') : 'none'],
    [`incidents (${bots.incidents.length}; first ones)`, bots.incidents.length ? bots.incidents.slice(0, 4).join(' | ') : 'none'],
  ]);
  for (const canary of canaries) {
    section(`What ${canary.name} (Chromium) saw`, [
      ['join click → first remote frame', `${canary.joinToFirstFrameMs} ms`],
      ['remote tiles / with video / playing / smooth every second', `${canary.remoteTiles} / ${canary.tilesWithVideo} / ${canary.tilesPlaying} / ${canary.tilesSmooth}`],
      ['frames per second per tile median (min)', `${round(canary.fpsMedian)} (${round(canary.fpsMin)})`],
      ['median decoded height', `${canary.medianHeight} px`],
      ['stalled tile-seconds (no new frame in a second)', round(canary.stalledTileSeconds)],
      ['freezes (Chromium inbound-rtp) count / seconds', `${canary.freezes} / ${round(canary.freezeSeconds)}`],
      ['received video / audio', `${round(canary.videoKbps)} / ${round(canary.audioKbps)} kbit/s`],
      ['video loss', pct(canary.videoLossPercent)],
    ]);
  }
  console.log(`\nLOAD_RESULTS ${JSON.stringify(results)}`);
}
