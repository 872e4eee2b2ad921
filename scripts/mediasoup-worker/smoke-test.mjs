#!/usr/bin/env node
// Checks that a mediasoup-worker binary really works with mediasoup's Node API:
// a Router with opus + VP8, a WebRtcServer on 127.0.0.1 (UDP + TCP), a
// WebRtcTransport on it, then an SRTP round trip for every crypto suite
// (exercises the libsrtp shim of the offline build). Exits non-zero on failure.
//
//   node scripts/mediasoup-worker/smoke-test.mjs [path/to/mediasoup-worker]
//
// Binary: the argument, else $MEDIASOUP_WORKER_BIN, else the cached one.
// Not covered: DTLS with a real browser (patch 02), which needs an e2e test.
import { loadMediasoup } from './lib/mediasoup-api.mjs';
import { log } from './lib/shell.mjs';
import { checkWorkerBinary, mediasoupVersion, REPO_ROOT, workerCachePath } from './lib/worker-cache.mjs';
import { srtpRoundTrip, SRTP_SUITES } from './lib/srtp-round-trip.mjs';

const TIMEOUT_MS = 60_000;

const MEDIA_CODECS = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
];

async function smokeTest(workerBin) {
  const check = checkWorkerBinary(workerBin);
  if (!check.ok) throw new Error(`${workerBin}: ${check.reason}`);

  const version = mediasoupVersion(REPO_ROOT);
  const mediasoup = loadMediasoup({ version, repoRoot: REPO_ROOT });
  log(`mediasoup ${mediasoup.version} Node API, worker ${workerBin}`);

  const worker = await mediasoup.createWorker({ workerBin, logLevel: 'warn' });
  let workerDied = null;
  worker.on('died', (error) => (workerDied = error));
  try {
    const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
    const mimeTypes = router.rtpCapabilities.codecs.map((codec) => codec.mimeType);
    expect(mimeTypes.includes('audio/opus') && mimeTypes.includes('video/VP8'), `router codecs: ${mimeTypes}`);
    pass('Router with opus + VP8');

    const webRtcServer = await worker.createWebRtcServer({
      listenInfos: [
        { protocol: 'udp', ip: '127.0.0.1' },
        { protocol: 'tcp', ip: '127.0.0.1' },
      ],
    });
    const transport = await router.createWebRtcTransport({ webRtcServer, enableUdp: true, enableTcp: true });
    const candidates = transport.iceCandidates.map((c) => `${c.protocol}:${c.address}:${c.port}`);
    expect(
      ['udp', 'tcp'].every((p) => transport.iceCandidates.some((c) => c.protocol === p && c.address === '127.0.0.1')),
      `ICE candidates: ${candidates}`,
    );
    expect(transport.dtlsParameters.fingerprints.length > 0, 'no DTLS fingerprints');
    pass(`WebRtcServer + WebRtcTransport (${candidates.join(', ')})`);
    transport.close();
    webRtcServer.close();

    for (const suite of SRTP_SUITES) {
      const packets = await srtpRoundTrip(router, suite);
      pass(`SRTP ${suite}: ${packets} packets encrypted and decrypted`);
    }
    router.close();
  } finally {
    worker.close();
  }
  if (workerDied) throw new Error(`worker died: ${workerDied.message}`);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function pass(what) {
  log(`ok   ${what}`);
}

const workerBin = process.argv[2] || process.env.MEDIASOUP_WORKER_BIN || workerCachePath();
const timer = setTimeout(() => {
  log(`FAILED: timed out after ${TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TIMEOUT_MS);
try {
  await smokeTest(workerBin);
  log('smoke test passed');
} catch (error) {
  log(`FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
}
