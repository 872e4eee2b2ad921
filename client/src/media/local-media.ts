import type { MediaSource } from '@palabre/shared';
import type { DeviceOption, LocalState } from '../call/call-state';
import { cameraConstraints, captureFailure, microphoneConstraints } from './capture';
import type { TrackRegistry } from './track-registry';
import { readSetting, SETTINGS, writeSetting } from '../app/local-settings';

/**
 * Our own microphone, camera and screen: the tracks we capture, whatever happens to the
 * connection. They outlive transports, so a media reset or a rejoin produces the same tracks
 * again. Changes are reported as plain data; `onTracksChanged` lets the call send them.
 */
export class LocalMedia {
  private readonly tracks: Record<MediaSource, MediaStreamTrack | null> = { mic: null, camera: null, screen: null };
  private micOn = true;
  private cameraId: string | null = readSetting(SETTINGS.cameraId);
  private microphoneId: string | null = readSetting(SETTINGS.microphoneId);
  /** Bumped by stopAll(): a capture that resolves after it is stopped at once, not kept. */
  private epoch = 0;

  constructor(
    private readonly registry: TrackRegistry,
    private readonly report: (local: Partial<LocalState>) => void,
    private readonly onTracksChanged: () => void,
  ) {
    navigator.mediaDevices?.addEventListener?.('devicechange', () => void this.refreshDevices());
  }

  track(source: MediaSource): MediaStreamTrack | null {
    return this.tracks[source];
  }

  get micEnabled(): boolean {
    return this.micOn;
  }

  /** Asks for microphone and camera together (one prompt), then lists the devices. */
  async start(): Promise<void> {
    const epoch = ++this.epoch;
    if (!navigator.mediaDevices?.getUserMedia) {
      this.report({ captureError: 'unavailable' });
      return;
    }
    let failure: LocalState['captureError'] = null;
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: microphoneConstraints(this.microphoneId),
        video: cameraConstraints(this.cameraId),
      });
      if (!this.isCurrent(epoch, stream.getTracks())) return;
      this.setTrack('mic', stream.getAudioTracks()[0] ?? null);
      this.setTrack('camera', stream.getVideoTracks()[0] ?? null);
    } catch (error) {
      failure = captureFailure(error);
      // Refused is refused; otherwise one device may be missing or busy: try each alone.
      if (failure !== 'denied') {
        const [mic, camera] = await Promise.allSettled([this.capture('audio'), this.capture('video')]);
        const captured = [mic, camera].flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
        if (!this.isCurrent(epoch, captured)) return;
        if (mic.status === 'fulfilled') this.setTrack('mic', mic.value);
        if (camera.status === 'fulfilled') this.setTrack('camera', camera.value);
        failure = captured.length === 0 ? failure : null;
      }
    }
    this.report({ captureError: failure });
    await this.refreshDevices();
  }

  async setMicOn(on: boolean): Promise<void> {
    if (on && !this.tracks.mic) {
      const track = await this.tryCapture('audio');
      if (!track) return;
      this.setTrack('mic', track);
    }
    this.micOn = on;
    const mic = this.tracks.mic;
    if (mic) mic.enabled = on;
    this.report({ micOn: on });
    this.onTracksChanged();
  }

  /** Off closes the camera for real (its light goes out); on captures it again. */
  async setCameraOn(on: boolean): Promise<void> {
    if (!on) {
      this.setTrack('camera', null);
      return;
    }
    if (this.tracks.camera) return;
    const track = await this.tryCapture('video');
    if (track) this.setTrack('camera', track);
  }

  async setScreenOn(on: boolean): Promise<void> {
    if (!on) {
      this.setTrack('screen', null);
      return;
    }
    if (this.tracks.screen || !navigator.mediaDevices?.getDisplayMedia) return;
    const epoch = this.epoch;
    let track: MediaStreamTrack | undefined;
    try {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: { ideal: 15, max: 30 } }, audio: false });
      track = stream.getVideoTracks()[0];
    } catch {
      return; // The person closed the picker: nothing to share, nothing to report.
    }
    if (!track || !this.isCurrent(epoch, [track])) return;
    track.contentHint = 'detail';
    this.setTrack('screen', track);
  }

  async selectCamera(deviceId: string): Promise<void> {
    this.cameraId = deviceId;
    writeSetting(SETTINGS.cameraId, deviceId);
    this.report({ cameraId: deviceId });
    if (!this.tracks.camera) return;
    const track = await this.tryCapture('video');
    if (track) this.setTrack('camera', track);
  }

  async selectMicrophone(deviceId: string): Promise<void> {
    this.microphoneId = deviceId;
    writeSetting(SETTINGS.microphoneId, deviceId);
    this.report({ microphoneId: deviceId });
    const track = await this.tryCapture('audio');
    if (track) this.setTrack('mic', track);
  }

  /** Stops every track: the camera light goes out, the tab no longer records. */
  stopAll(): void {
    this.epoch += 1;
    for (const source of ['mic', 'camera', 'screen'] as const) this.setTrack(source, null);
  }

  async refreshDevices(): Promise<void> {
    if (!navigator.mediaDevices?.enumerateDevices) return;
    const devices = await navigator.mediaDevices.enumerateDevices();
    const options = (kind: MediaDeviceKind, fallback: string): DeviceOption[] =>
      devices
        .filter((device) => device.kind === kind && device.deviceId !== '')
        .map((device, index) => ({ deviceId: device.deviceId, label: device.label || `${fallback} ${index + 1}` }));
    this.report({
      cameras: options('videoinput', 'Camera'),
      microphones: options('audioinput', 'Microphone'),
      cameraId: this.tracks.camera?.getSettings().deviceId ?? this.cameraId,
      microphoneId: this.tracks.mic?.getSettings().deviceId ?? this.microphoneId,
    });
  }

  /** Replaces the track of a source; the previous one is stopped and forgotten. */
  private setTrack(source: MediaSource, track: MediaStreamTrack | null): void {
    const previous = this.tracks[source];
    if (previous === track) return;
    if (previous) {
      this.registry.remove(previous.id);
      previous.stop();
    }
    this.tracks[source] = track;
    if (track) {
      this.registry.add(track);
      if (source === 'mic') track.enabled = this.micOn;
      // The browser's own "stop sharing" bar, or a camera unplugged.
      track.addEventListener('ended', () => {
        if (this.tracks[source] === track) this.setTrack(source, null);
      });
    }
    this.report({ [`${source}TrackId`]: track?.id ?? null } as Partial<LocalState>);
    this.onTracksChanged();
  }

  private async tryCapture(kind: 'audio' | 'video'): Promise<MediaStreamTrack | null> {
    const epoch = this.epoch;
    try {
      const track = await this.capture(kind);
      if (!this.isCurrent(epoch, [track])) return null;
      this.report({ captureError: null });
      void this.refreshDevices();
      return track;
    } catch (error) {
      this.report({ captureError: captureFailure(error) });
      return null;
    }
  }

  /** One device; a remembered device that is gone falls back to the default one. */
  private async capture(kind: 'audio' | 'video', useRemembered = true): Promise<MediaStreamTrack> {
    const deviceId = useRemembered ? (kind === 'audio' ? this.microphoneId : this.cameraId) : null;
    try {
      const stream = await navigator.mediaDevices.getUserMedia(
        kind === 'audio' ? { audio: microphoneConstraints(deviceId) } : { video: cameraConstraints(deviceId) },
      );
      const track = stream.getTracks()[0];
      if (!track) throw new DOMException('no track', 'NotFoundError');
      return track;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (deviceId && (name === 'OverconstrainedError' || name === 'NotFoundError')) return this.capture(kind, false);
      throw error;
    }
  }

  /** False, after stopping them, if the tracks arrived after stopAll(). */
  private isCurrent(epoch: number, tracks: MediaStreamTrack[]): boolean {
    if (epoch === this.epoch) return true;
    for (const track of tracks) track.stop();
    return false;
  }
}
