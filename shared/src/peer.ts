/** What everyone in a room knows about a participant: serializable, keyed by id. */
export interface PeerInfo {
  id: string;
  name: string;
  /** Microphone producing and not muted. */
  mic: boolean;
  camera: boolean;
  screen: boolean;
  /** `reconnecting` while the server keeps the seat of a peer whose connection dropped. */
  connection: 'connected' | 'reconnecting';
  role: 'facilitator' | 'participant';
  /** Said at their first join that it is their first time in this room (kept on resume). */
  firstTime: boolean;
  /** Set when this tile is another room linked to this one (a workshop link): its name. */
  linkedRoom?: string;
}
