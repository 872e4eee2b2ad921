import { describe, expect, it } from 'vitest';
import type { Request } from '../signalling/request';
import { MinutesLink, toBytes, type MinutesEndpoint } from './minutes-link';

function recordingEndpoint() {
  const calls: string[] = [];
  const endpoint: MinutesEndpoint = {
    joined: () => calls.push('joined'),
    connectionLost: () => calls.push('lost'),
    remoteUpdate: (update) => calls.push(`update ${update.length}`),
    remoteAwareness: (update) => calls.push(`awareness ${update.length}`),
    close: () => calls.push('close'),
  };
  return { endpoint, calls };
}

describe('MinutesLink', () => {
  const request = (async () => ({})) as unknown as Request;

  it('tells an attached provider about the connection, and syncs one attached mid-call at once', () => {
    const link = new MinutesLink(() => request);
    expect(link.request).toBeNull();
    link.joined();
    expect(link.request).toBe(request);
    const { endpoint, calls } = recordingEndpoint();
    link.attach(endpoint);
    link.connectionLost();
    expect(link.request).toBeNull();
    link.joined();
    link.reset();
    expect(calls).toEqual(['joined', 'lost', 'joined', 'close']);
    expect(link.attached).toBeNull();
  });

  it('hands browser ArrayBuffers over as bytes', () => {
    expect(toBytes(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]));
    const bytes = new Uint8Array([3]);
    expect(toBytes(bytes)).toBe(bytes);
  });
});
