/**
 * Runs in the page before the app loads (as an init script): wraps RTCPeerConnection so tests
 * and probes can read every connection's real RTP stats from `window.__peerConnections`.
 */
export function recordPeerConnections(): void {
  const Native = window.RTCPeerConnection;
  const connections: RTCPeerConnection[] = [];
  (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections = connections;
  window.RTCPeerConnection = class extends Native {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      connections.push(this);
    }
  } as typeof RTCPeerConnection;
}
