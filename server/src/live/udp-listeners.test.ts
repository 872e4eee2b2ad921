import dgram from 'node:dgram';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { waitForUdpListeners } from './udp-listeners.js';

describe('waitForUdpListeners', () => {
  it('resolves once the port is bound, and gives up on a port nobody binds', async () => {
    const socket = dgram.createSocket('udp4');
    socket.bind(0, '127.0.0.1');
    await once(socket, 'listening');
    const { port } = socket.address();
    try {
      await expect(waitForUdpListeners([port], 1_000)).resolves.toBeUndefined();
    } finally {
      socket.close();
    }
    await once(socket, 'close');
    await expect(waitForUdpListeners([port], 300)).rejects.toThrow(`UDP ${port}`);
  });
});
