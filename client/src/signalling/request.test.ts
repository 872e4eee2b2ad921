import { describe, expect, it } from 'vitest';
import { createRequest, RequestError, type AckEmitter } from './request';

function fakeSocket(reply: (event: string, payload: unknown) => Promise<unknown>, connected = true) {
  const sent: { event: string; payload: unknown; timeout: number }[] = [];
  const socket: AckEmitter = {
    connected,
    timeout: (ms) => ({
      emitWithAck: (event, payload) => {
        sent.push({ event, payload, timeout: ms });
        return reply(event, payload);
      },
    }),
  };
  return { socket, sent };
}

describe('createRequest', () => {
  it('sends the payload with a timeout and returns the data of an ok ack', async () => {
    const { socket, sent } = fakeSocket(async () => ({ ok: true, data: { producerId: 'p1' } }));
    const request = createRequest(socket, 1234);
    await expect(request('producer:pause', { producerId: 'p1' })).resolves.toEqual({ producerId: 'p1' });
    expect(sent).toEqual([{ event: 'producer:pause', payload: { producerId: 'p1' }, timeout: 1234 }]);
  });

  it('throws a RequestError carrying the server code', async () => {
    const { socket } = fakeSocket(async () => ({ ok: false, error: { code: 'NOT_JOINED', message: 'join first' } }));
    const error = await createRequest(socket)('room:leave', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'NOT_JOINED', message: 'join first' });
  });

  it('reports a missing reply as TIMEOUT', async () => {
    const { socket } = fakeSocket(() => Promise.reject(new Error('operation has timed out')));
    await expect(createRequest(socket)('room:leave', {})).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('fails at once while disconnected instead of letting Socket.IO buffer the emit', async () => {
    const { socket, sent } = fakeSocket(async () => ({ ok: true, data: {} }), false);
    await expect(createRequest(socket)('room:leave', {})).rejects.toMatchObject({ code: 'DISCONNECTED' });
    expect(sent).toHaveLength(0);
  });

  it('refuses a reply that is not an ack', async () => {
    const { socket } = fakeSocket(async () => 'hello');
    await expect(createRequest(socket)('room:leave', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
