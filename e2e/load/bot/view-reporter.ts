import type { PeerInfo } from '@palabre/shared';
import { request, type BotSocket } from './signalling.js';

export interface ViewOptions {
  /** Video tiles the bot shows at once (a page of the grid). */
  tiles: number;
  /** Each tile's size on screen, in device pixels: the server picks the layer from the height. */
  width: number;
  height: number;
}

/**
 * Plays a viewer whose grid shows `tiles` videos: the peers that follow it in join order,
 * wrapping around. Everyone looks at a different page, so every camera is watched by about as
 * many viewers (a grid where everyone sees the same first page would favour a few producers).
 * The view is sent again, debounced, whenever someone joins or leaves.
 */
export class ViewReporter {
  private readonly order: string[];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  error: string | undefined;

  constructor(
    private readonly socket: BotSocket,
    private readonly selfId: string,
    peersBefore: PeerInfo[],
    private readonly options: ViewOptions,
  ) {
    this.order = [...peersBefore.map((peer) => peer.id), selfId];
    socket.on('peer:joined', (peer) => {
      this.order.push(peer.id);
      this.schedule();
    });
    socket.on('peer:left', ({ peerId }) => {
      const index = this.order.indexOf(peerId);
      if (index >= 0) this.order.splice(index, 1);
      this.schedule();
    });
    this.schedule();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), 250);
  }

  private async send(): Promise<void> {
    if (this.closed) return;
    const self = this.order.indexOf(this.selfId);
    const others = [...this.order.slice(self + 1), ...this.order.slice(0, self)];
    const tiles = others.slice(0, this.options.tiles).map((peerId) => ({
      peerId,
      source: 'camera' as const,
      width: this.options.width,
      height: this.options.height,
    }));
    try {
      await request(this.socket, 'view:update', { tiles });
    } catch (error) {
      this.error ??= error instanceof Error ? error.message : String(error);
    }
  }
}
