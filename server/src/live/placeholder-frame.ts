import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The colour of the stream's background, also behind a picture that does not fill it. */
export const BACKGROUND = '0x1d2330';

let cached: Promise<Buffer> | undefined;

/**
 * One VP8 keyframe of the plain background, encoded once per process by ffmpeg (≈ 0.1 s): the
 * video filler, shown while nobody's camera is on. Being a keyframe, it can be sent over and
 * over, and a decoder can join at any of them.
 */
export function placeholderKeyframe(): Promise<Buffer> {
  cached ??= encode().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function encode(): Promise<Buffer> {
  const { stdout } = await run(
    'ffmpeg',
    ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `color=c=${BACKGROUND}:s=640x360:r=1`, '-frames:v', '1', '-c:v', 'libvpx', '-f', 'ivf', 'pipe:1'],
    { encoding: 'buffer', maxBuffer: 1 << 20 },
  );
  return firstIvfFrame(stdout);
}

/** IVF: a 32-byte file header, then per frame a 12-byte header (its size first) and the frame. */
export function firstIvfFrame(ivf: Buffer): Buffer {
  if (ivf.subarray(0, 4).toString('latin1') !== 'DKIF') throw new Error('not an IVF file');
  const headerSize = ivf.readUInt16LE(6);
  const frameSize = ivf.readUInt32LE(headerSize);
  return ivf.subarray(headerSize + 12, headerSize + 12 + frameSize);
}
