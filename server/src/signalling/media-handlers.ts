import type { SignallingContext } from './context.js';
import { handle } from './handle.js';
import { requireMembership } from './membership.js';
import type { PalabreSocket } from './types.js';

/** Transports, producers and consumers of the peer behind this socket. */
export function registerMediaHandlers(socket: PalabreSocket, context: SignallingContext): void {
  const { rooms, logger } = context;
  const member = () => requireMembership(socket, rooms);

  handle(socket, 'transport:create', logger, ({ direction }) => {
    const { room, peer } = member();
    return room.createTransport(peer, direction);
  });

  handle(socket, 'transport:connect', logger, async ({ transportId, dtlsParameters }) => {
    await member().peer.media.connectTransport(transportId, dtlsParameters);
    return {};
  });

  handle(socket, 'transport:restartIce', logger, async ({ transportId }) => {
    const iceParameters = await member().peer.media.restartIce(transportId);
    return { iceParameters };
  });

  handle(socket, 'media:ready', logger, async ({ rtpCapabilities }) => {
    const { room, peer } = member();
    await room.mediaReady(peer, rtpCapabilities);
    return {};
  });

  handle(socket, 'producer:create', logger, async (request) => {
    const { room, peer } = member();
    const producerId = await room.produce(peer, request);
    return { producerId };
  });

  handle(socket, 'producer:pause', logger, async ({ producerId }) => {
    await member().peer.media.producer(producerId).pause();
    return {};
  });

  handle(socket, 'producer:resume', logger, async ({ producerId }) => {
    await member().peer.media.producer(producerId).resume();
    return {};
  });

  handle(socket, 'producer:close', logger, ({ producerId }) => {
    member().peer.media.producer(producerId).close();
    return {};
  });

  handle(socket, 'consumer:resume', logger, async ({ consumerId }) => {
    await member().peer.media.consumerReady(consumerId);
    return {};
  });

  handle(socket, 'view:update', logger, async ({ tiles }) => {
    await member().peer.media.setView(tiles);
    return {};
  });
}
