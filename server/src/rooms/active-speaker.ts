import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';

interface ActiveSpeakerEvents {
  changed: [peerId: string | null];
}

/**
 * The room's dominant speaker, from mediasoup's ActiveSpeakerObserver over every microphone.
 * Re-attached to the new router when the room moves after a worker death.
 */
export class ActiveSpeaker extends EventEmitter<ActiveSpeakerEvents> {
  private current: string | null = null;
  private observer: types.ActiveSpeakerObserver | undefined;

  get peerId(): string | null {
    return this.current;
  }

  async attach(router: types.Router): Promise<void> {
    this.observer = await router.createActiveSpeakerObserver({ interval: 300 });
    this.observer.on('dominantspeaker', ({ producer }) => this.set(producer.appData.peerId as string));
  }

  async add(producer: types.Producer): Promise<void> {
    if (producer.kind !== 'audio' || !this.observer || this.observer.closed) return;
    await this.observer.addProducer({ producerId: producer.id });
  }

  /** A peer who left cannot stay the speaker. */
  forget(peerId: string): void {
    if (this.current === peerId) this.set(null);
  }

  private set(peerId: string | null): void {
    if (peerId === this.current) return;
    this.current = peerId;
    this.emit('changed', peerId);
  }
}
