import type { AckCallback } from './errors.js';
import type { PeerInfo } from './peer.js';
import type { ConsumerOptions, RequestName, RequestPayload, ResponseMap } from './requests.js';
import type { RtpCapabilities } from './media.js';
import type { ChatMessage, MeetingState, Reaction } from './facilitation.js';
import type { MinutesEvents } from './minutes.js';
import type { LiveEvents } from './live.js';
import type { LinkEvents } from './link.js';

/** Socket.IO's client-to-server map: every request carries a payload and an ack. */
export type ClientToServerEvents = {
  [N in RequestName]: (payload: RequestPayload<N>, ack: AckCallback<ResponseMap[N]>) => void;
};

/** Broadcasts, named in the past tense. */
export interface ServerToClientEvents extends MinutesEvents, LiveEvents, LinkEvents {
  'peer:joined': (peer: PeerInfo) => void;
  'peer:updated': (peer: PeerInfo) => void;
  'peer:left': (event: { peerId: string }) => void;
  'consumer:added': (consumer: ConsumerOptions) => void;
  'consumer:closed': (event: { consumerId: string }) => void;
  /** The dominant speaker changed (mediasoup's ActiveSpeakerObserver); null when they left. */
  'speaker:changed': (event: { peerId: string | null }) => void;
  /** The agenda, queue, current item or floor changed: the whole state, as it is now. */
  'meeting:updated': (state: MeetingState) => void;
  'chat:posted': (message: ChatMessage) => void;
  /** A facilitator ended the meeting: the call is over for everyone. */
  'meeting:ended': (event: { meetingId: string; endedBy: string }) => void;
  /** An ephemeral reaction: shown for a few seconds, never stored. */
  'reaction:sent': (event: { peerId: string; reaction: Reaction }) => void;
  /** A facilitator muted this client's microphone: reflect it in the controls. */
  'mic:mutedByFacilitator': (event: { byName: string }) => void;
  /** This client's role changed (granted or handed over). */
  'role:changed': (event: { role: 'facilitator' | 'participant'; facilitatorToken: string | null }) => void;
  /**
   * The room's media moved to a new router (its mediasoup worker died and was replaced): drop
   * every transport and set media up again against these capabilities. The socket stays.
   */
  'media:reset': (event: { routerRtpCapabilities: RtpCapabilities }) => void;
  /**
   * Dynacast: nobody receives this camera's simulcast layers above `maxSpatialLayer`; stop
   * encoding and sending them until told otherwise.
   */
  'producer:layers': (event: { producerId: string; maxSpatialLayer: number }) => void;
}

export type InterServerEvents = Record<string, never>;
