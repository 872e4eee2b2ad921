import type { IceServer } from '@palabre/shared';
import type { Logger } from '../observability/logger.js';
import type { RoomManager } from '../rooms/room-manager.js';

/** What every connection's handlers share. */
export interface SignallingContext {
  rooms: RoomManager;
  logger: Logger;
  iceServers: IceServer[];
}
