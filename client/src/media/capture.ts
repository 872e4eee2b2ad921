/*
 * What we ask the browser for. The camera is captured at 720p and sent in three simulcast
 * layers; each viewer receives only the videos on their screen, each at the layer its tile's
 * size needs (a 25-person grid is mostly 180p thumbnails), so the top layer costs only those
 * who show someone large.
 */

export function microphoneConstraints(deviceId: string | null): MediaTrackConstraints {
  return {
    ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
  };
}

export function cameraConstraints(deviceId: string | null): MediaTrackConstraints {
  return {
    ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
    width: { ideal: 1280 },
    height: { ideal: 720 },
    frameRate: { ideal: 24, max: 30 },
  };
}

/**
 * 180p, 360p and 720p, lowest first as mediasoup expects. The server derives each layer's height
 * from scaleResolutionDownBy relative to 720 (server/src/rooms/video-layers.ts), so these
 * factors are part of the contract: change them together.
 */
export const CAMERA_ENCODINGS: RTCRtpEncodingParameters[] = [
  { scaleResolutionDownBy: 4, maxBitrate: 150_000 },
  { scaleResolutionDownBy: 2, maxBitrate: 500_000 },
  { scaleResolutionDownBy: 1, maxBitrate: 1_500_000 },
];

/** Start near the middle layer's rate instead of ramping up from 300 kbps (no 720p for seconds). */
export const CAMERA_CODEC_OPTIONS = { videoGoogleStartBitrate: 1_000 };

/** A separate, single-layer track: text must stay sharp, and everyone shows it large. */
export const SCREEN_ENCODINGS: RTCRtpEncodingParameters[] = [{ maxBitrate: 1_500_000 }];

export type CaptureFailure = 'denied' | 'unavailable';

/** Why getUserMedia failed, as far as the person needs to know. */
export function captureFailure(error: unknown): CaptureFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable';
}
