import type { PeerInfo } from '@palabre/shared';

/** A participant for tests: camera and mic on, connected; override what the test is about. */
export const peer = (id: string, overrides: Partial<PeerInfo> = {}): PeerInfo => ({
  id,
  name: id.toUpperCase(),
  mic: true,
  camera: true,
  screen: false,
  connection: 'connected',
  role: 'participant',
  firstTime: false,
  ...overrides,
});
