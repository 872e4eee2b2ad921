/*
 * True glass-to-glass needs to know when each frame was captured. Chromium gives a remote
 * frame's capture time only with the abs-capture-time header extension, which the client does
 * not negotiate; so the sending canary's camera shows the capture time itself, as a code of
 * black and white cells, and the receiving canary reads it back from the decoded frame at the
 * moment it is presented. Everything between (encoding, the SFU, the network path, jitter buffer,
 * decoding, rendering) is in the figure, as a person would see it. Both canaries run in one
 * Chromium on this machine, so the two pages read the same wall clock.
 *
 * The code: 24 bits of (wall clock in ms mod 2^24) and an 8-bit checksum in an 8 × 4 grid of
 * cells, big enough to survive the 160 × 90 simulcast layer and VP8 at low bitrate.
 *
 * The reader is in glass-to-glass.ts. Both run in the page (Playwright serializes them):
 * each is self-contained.
 */

/**
 * Init script for the sending canary: getUserMedia's camera becomes a 640 × 360 canvas that
 * draws the current time as a code, 30 times a second; the fake microphone stays as it is.
 */
export function installTimestampCamera(): void {
  const columns = 8;
  const rows = 4;
  const width = 640;
  const height = 360;
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    const stream = await original(constraints);
    if (!constraints?.video) return stream;
    for (const track of stream.getVideoTracks()) {
      track.stop();
      stream.removeTrack(track);
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    const cellWidth = width / columns;
    const cellHeight = height / rows;
    const draw = () => {
      const stamp = Math.round(performance.timeOrigin + performance.now()) % 2 ** 24;
      const checksum = ((stamp & 0xff) + ((stamp >> 8) & 0xff) + ((stamp >> 16) & 0xff)) & 0xff;
      const word = stamp * 256 + checksum; // 32 bits, most significant first
      for (let cell = 0; cell < columns * rows; cell++) {
        const bit = Math.floor(word / 2 ** (31 - cell)) % 2;
        context.fillStyle = bit ? '#fff' : '#000';
        context.fillRect((cell % columns) * cellWidth, Math.floor(cell / columns) * cellHeight, cellWidth, cellHeight);
      }
    };
    draw();
    setInterval(draw, 1000 / 30);
    const [video] = canvas.captureStream(30).getVideoTracks();
    stream.addTrack(video!);
    return stream;
  };
}
