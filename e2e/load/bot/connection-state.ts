import type { RTCPeerConnection } from 'werift';

/** Reports a connection going down (disconnected, failed, closed) and coming back. */
export function watchConnectionState(pc: RTCPeerConnection, listener: (state: string) => void): void {
  let down = false;
  pc.connectionStateChange.subscribe((state) => {
    const bad = state === 'disconnected' || state === 'failed' || state === 'closed';
    if (bad || (down && state === 'connected')) listener(state);
    down = bad;
  });
}
