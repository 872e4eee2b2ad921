import { describe, expect, it } from 'vitest';
import { assignAudioSlots, chooseVideo, type VideoSource } from './source-choice.js';

const camera = (peerId: string, paused = false): VideoSource => ({ producerId: `cam-${peerId}`, peerId, source: 'camera', paused });

describe('chooseVideo', () => {
  it('shows a shared screen first, else the speaker, else who is shown now, else any camera', () => {
    const sources = [camera('a'), camera('b'), camera('c')];
    expect(chooseVideo(sources, 'b', null)).toBe('cam-b');
    expect(chooseVideo([...sources, { producerId: 'screen-a', peerId: 'a', source: 'screen', paused: false }], 'b', 'cam-b')).toBe('screen-a');
    expect(chooseVideo(sources, 'nobody', 'cam-c')).toBe('cam-c');
    expect(chooseVideo(sources, null, null)).toBe('cam-a');
  });

  it('shows the pinned person first (their screen if they share one), unless their camera is off', () => {
    const sources = [camera('a'), camera('b'), { producerId: 'screen-c', peerId: 'c', source: 'screen', paused: false } as VideoSource];
    expect(chooseVideo(sources, 'a', 'cam-a', 'b')).toBe('cam-b');
    expect(chooseVideo([...sources, { producerId: 'screen-b', peerId: 'b', source: 'screen', paused: false }], 'a', null, 'b')).toBe('screen-b');
    expect(chooseVideo([camera('a'), camera('b', true)], 'a', null, 'b')).toBe('cam-a');
  });

  it('never shows a camera that is off, even the speaker’s', () => {
    expect(chooseVideo([camera('a', true), camera('b')], 'a', 'cam-a')).toBe('cam-b');
    expect(chooseVideo([camera('a', true)], 'a', null)).toBeNull();
  });
});

describe('assignAudioSlots', () => {
  it('fills free slots with open microphones and keeps each voice in its slot', () => {
    expect(assignAudioSlots([null, null, null], [], ['m1', 'm2'])).toEqual(['m1', 'm2', null]);
    expect(assignAudioSlots(['m1', 'm2', null], ['m2'], ['m1', 'm2', 'm3'])).toEqual(['m1', 'm2', 'm3']);
  });

  it('gives a loud newcomer the slot of someone quiet, and frees the slot of a muted microphone', () => {
    expect(assignAudioSlots(['m1', 'm2', 'm3'], ['m4', 'm2'], ['m1', 'm2', 'm3', 'm4'])).toEqual(['m4', 'm2', 'm3']);
    expect(assignAudioSlots(['m1', 'm2', 'm3'], [], ['m2', 'm3'])).toEqual([null, 'm2', 'm3']);
  });
});
