import { EventEmitter } from 'node:events';
import type { types } from 'mediasoup';

interface ActiveSpeakerEvents {
  changed: [peerId: string | null];
}

/**
 * The room's dominant speaker, from mediasoup's ActiveSpeakerObserver over every microphone.
 * Re-attached to the new router when the room moves after a worker death.
 *
 * A muted microphone is never the speaker: when the dominant producer goes away, the observer
 * names the first remaining one even if it is paused, and it keeps a paused dominant as such.
 * So the observer's choice is remembered, and shown only while that microphone is on.
 */
export class ActiveSpeaker extends EventEmitter<ActiveSpeakerEvents> {
  private current: string | null = null;
  private dominant: types.Producer | undefined;
  private observer: types.ActiveSpeakerObserver | undefined;

  get peerId(): string | null {
    return this.current;
  }

  async attach(router: types.Router): Promise<void> {
    this.dominant = undefined;
    this.observer = await router.createActiveSpeakerObserver({ interval: 300 });
    this.observer.on('dominantspeaker', ({ producer }) => {
      this.dominant = producer;
      this.refresh();
    });
  }

  async add(producer: types.Producer): Promise<void> {
    if (producer.kind !== 'audio' || !this.observer || this.observer.closed) return;
    await this.observer.addProducer({ producerId: producer.id });
    producer.observer.on('pause', () => this.refresh());
    producer.observer.on('resume', () => this.refresh());
  }

  /** A peer who left cannot stay the speaker. */
  forget(peerId: string): void {
    if (this.current === peerId) this.set(null);
  }

  private refresh(): void {
    const producer = this.dominant;
    const live = producer && !producer.closed && !producer.paused;
    this.set(live ? (producer.appData.peerId as string) : null);
  }

  private set(peerId: string | null): void {
    if (peerId === this.current) return;
    this.current = peerId;
    this.emit('changed', peerId);
  }
}
