/** Small preferences kept in this browser only (nothing is sent anywhere). */
export const SETTINGS = {
  name: 'palabre.name',
  language: 'palabre.language',
  cameraId: 'palabre.cameraId',
  microphoneId: 'palabre.microphoneId',
  videosPerPage: 'palabre.videosPerPage',
  incomingVideo: 'palabre.incomingVideo',
} as const;

export function readSetting(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSetting(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage: the choice is simply not remembered.
  }
}
