import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VideoTile } from '@palabre/shared';
import type { TileModel } from './tiles';
import { ViewReporter } from './view-reporter';

const tile = (peerId: string, wantsVideo = true): TileModel => ({
  key: `${peerId}:camera`,
  peerId,
  name: peerId,
  isSelf: false,
  source: 'camera',
  videoTrackId: null,
  wantsVideo,
  micMuted: false,
  reconnecting: false,
  speaking: false,
  firstTime: false,
  linkedRoom: null,
});

describe('ViewReporter', () => {
  let tiles: TileModel[];
  let sent: VideoTile[][];
  let reporter: ViewReporter;
  const send = async (view: VideoTile[]) => {
    sent.push(view);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    tiles = [tile('a'), tile('b')];
    sent = [];
    reporter = new ViewReporter({
      tiles: () => tiles,
      devicePixelRatio: () => 2,
      timing: { debounceMs: 200, maxWaitMs: 1_000 },
      now: () => Date.now(),
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends nothing before a media connection starts it', async () => {
    reporter.measure('a:camera', { width: 160, height: 90 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toEqual([]);
  });

  it('sends the whole view at once when media starts, then changes after the debounce', async () => {
    reporter.measure('a:camera', { width: 160, height: 90 });
    await reporter.start(send);
    expect(sent).toEqual([[{ peerId: 'a', source: 'camera', width: 320, height: 180 }]]);

    reporter.measure('b:camera', { width: 160, height: 90 });
    await vi.advanceTimersByTimeAsync(199);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.map((entry) => entry.peerId)).toEqual(['a', 'b']);
  });

  it('sends an empty view to a new connection: the server must not send every video', async () => {
    await reporter.start(send);
    expect(sent).toEqual([[]]);
  });

  it('coalesces a burst of changes into one update', async () => {
    await reporter.start(send);
    for (let height = 90; height < 100; height += 1) {
      reporter.measure('a:camera', { width: 160, height });
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual([{ peerId: 'a', source: 'camera', width: 320, height: 198 }]);
  });

  it('sends during a long stream of changes at least once per maximum wait', async () => {
    await reporter.start(send);
    for (let step = 0; step < 30; step += 1) {
      reporter.measure('a:camera', { width: 160, height: 90 + step });
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of changes every 100 ms: the debounce alone would never fire.
    expect(sent.length).toBeGreaterThanOrEqual(3);
  });

  it('skips sizes that do not change the view, and changes undone before the debounce', async () => {
    reporter.measure('a:camera', { width: 160, height: 90 });
    await reporter.start(send);
    reporter.measure('a:camera', { width: 160, height: 90 });
    reporter.measure('a:camera', { width: 200, height: 112 });
    reporter.measure('a:camera', { width: 160, height: 90 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
  });

  it('follows the call state: a tile whose video is no longer wanted leaves the view', async () => {
    reporter.measure('a:camera', { width: 160, height: 90 });
    reporter.measure('b:camera', { width: 160, height: 90 });
    await reporter.start(send);
    tiles = [tile('a'), tile('b', false)];
    reporter.update();
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.at(-1)?.map((entry) => entry.peerId)).toEqual(['a']);
  });

  it('forgets a tile that left the screen', async () => {
    reporter.measure('a:camera', { width: 160, height: 90 });
    await reporter.start(send);
    reporter.forget('a:camera');
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.at(-1)).toEqual([]);
  });

  it('goes quiet when stopped and sends everything again on the next start', async () => {
    reporter.measure('a:camera', { width: 160, height: 90 });
    await reporter.start(send);
    reporter.stop();
    reporter.measure('a:camera', { width: 320, height: 180 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
    await reporter.start(send);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual([{ peerId: 'a', source: 'camera', width: 640, height: 360 }]);
  });

  it('after a failed send, sends the view again on the next change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = true;
    await reporter.start(async (view) => {
      if (fail) throw new Error('timeout');
      sent.push(view);
    });
    expect(warn).toHaveBeenCalledOnce();
    fail = false;
    reporter.update();
    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toEqual([[]]);
    warn.mockRestore();
  });
});
