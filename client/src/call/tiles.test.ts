import { describe, expect, it } from 'vitest';
import { callReducer, initialCallState, type CallAction, type CallState } from './call-state';
import { peer } from './test-peers';
import { featuredSpeaker, remoteVideoTiles, selectParticipants, selectRemoteAudio, selectStage } from './tiles';


const video = (peerId: string, source: 'camera' | 'screen' = 'camera'): CallAction => ({
  type: 'remote-media-added',
  media: { consumerId: `${peerId}-${source}`, peerId, kind: 'video', source, trackId: `t-${peerId}-${source}` },
});

const stateAfter = (...actions: CallAction[]): CallState =>
  [
    { type: 'join-started', room: 'r', name: 'Me' } as CallAction,
    { type: 'joined', self: peer('me', { name: 'Me' }), peers: [], activeSpeakerId: null } as CallAction,
    ...actions,
  ].reduce(callReducer, initialCallState());

const byName = (a: string, b: string) => a.localeCompare(b);

describe('selectStage', () => {
  it('shows ourselves with our own camera and microphone, never reported', () => {
    const { self, page, screens } = selectStage(
      stateAfter({ type: 'local-changed', local: { cameraTrackId: 'cam', micTrackId: 'mic', micOn: false } }),
    );
    expect(self).toEqual({
      key: 'me:camera',
      peerId: 'me',
      name: 'Me',
      isSelf: true,
      source: 'camera',
      videoTrackId: 'cam',
      wantsVideo: false,
      micMuted: true,
      reconnecting: false,
      speaking: false,
      firstTime: false,
      linkedRoom: null,
    });
    expect(page).toEqual([]);
    expect(screens).toEqual([]);
  });

  it('shows a muted mark when we have no microphone at all', () => {
    const state = stateAfter({ type: 'local-changed', local: { micOn: true, micTrackId: null } });
    expect(selectStage(state).self.micMuted).toBe(true);
  });

  it('wants a remote camera as soon as it is on, and shows it once its track arrived', () => {
    const withPeer = stateAfter({ type: 'peer-joined', peer: peer('a') });
    expect(selectStage(withPeer).page[0]).toMatchObject({ wantsVideo: true, videoTrackId: null });
    const withVideo = callReducer(withPeer, video('a'));
    expect(selectStage(withVideo).page[0]).toMatchObject({ wantsVideo: true, videoTrackId: 't-a-camera' });
    const cameraOff = callReducer(withVideo, { type: 'peer-updated', peer: peer('a', { camera: false }) });
    expect(selectStage(cameraOff).page[0]).toMatchObject({ wantsVideo: false, videoTrackId: null });
  });

  it('gives a screen share its own tile in the large place', () => {
    const state = stateAfter({ type: 'peer-joined', peer: peer('a', { screen: true }) }, video('a', 'screen'));
    const stage = selectStage(state);
    expect(stage.screens.map((tile) => [tile.key, tile.videoTrackId])).toEqual([['a:screen', 't-a-screen']]);
    expect(stage.page.map((tile) => tile.key)).toEqual(['a:camera']);
  });

  it('puts only the current page of cameras on the stage', () => {
    const people = ['a', 'b', 'c'].map((id): CallAction => ({ type: 'peer-joined', peer: peer(id) }));
    const state = stateAfter(...people, { type: 'page-size-changed', pageSize: 1 }, { type: 'page-changed', page: 1 });
    const stage = selectStage(state);
    expect(stage.page.map((tile) => tile.peerId)).toEqual(['b']);
    expect(stage).toMatchObject({ pageIndex: 1, pageCount: 3 });
  });

  it('marks the speaker, unless their microphone is off', () => {
    const state = stateAfter({ type: 'peer-joined', peer: peer('a') }, { type: 'speaker-changed', peerId: 'a' });
    expect(selectStage(state).page[0]?.speaking).toBe(true);
    const muted = callReducer(state, { type: 'peer-updated', peer: peer('a', { mic: false }) });
    expect(selectStage(muted).page[0]?.speaking).toBe(false);
  });

  it('marks ourselves when we are the speaker', () => {
    const state = stateAfter(
      { type: 'local-changed', local: { micTrackId: 'mic', micOn: true } },
      { type: 'speaker-changed', peerId: 'me' },
    );
    expect(selectStage(state).self.speaking).toBe(true);
  });

  it('marks a peer whose connection dropped, and a muted one', () => {
    const state = stateAfter({ type: 'peer-joined', peer: peer('a', { mic: false, connection: 'reconnecting' }) });
    expect(selectStage(state).page[0]).toMatchObject({ micMuted: true, reconnecting: true });
  });
});

describe('incoming video modes', () => {
  const room = (...more: CallAction[]) =>
    stateAfter(
      { type: 'peer-joined', peer: peer('a') },
      { type: 'peer-joined', peer: peer('b', { screen: true }) },
      video('a'),
      video('b'),
      video('b', 'screen'),
      ...more,
    );
  const wanted = (state: CallState) => remoteVideoTiles(selectStage(state)).filter((tile) => tile.wantsVideo).map((tile) => tile.key);

  it('"all" wants every camera on the page and every screen', () => {
    expect(wanted(room())).toEqual(['b:screen', 'a:camera', 'b:camera']);
  });

  it('"speaker only" wants the speaker’s camera and the screens; the others are avatars', () => {
    const state = room({ type: 'incoming-video-changed', incomingVideo: 'speaker' }, { type: 'speaker-changed', peerId: 'b' });
    expect(wanted(state)).toEqual(['b:screen', 'b:camera']);
    expect(selectStage(state).page.find((tile) => tile.peerId === 'a')?.videoTrackId).toBeNull();
  });

  it('"speaker only" keeps the last other speaker while we talk, and shows nobody before anyone spoke', () => {
    const quiet = room({ type: 'incoming-video-changed', incomingVideo: 'speaker' });
    expect(wanted(quiet)).toEqual(['b:screen']);
    const weTalk = callReducer(
      callReducer(quiet, { type: 'speaker-changed', peerId: 'a' }),
      { type: 'speaker-changed', peerId: 'me' },
    );
    expect(featuredSpeaker(weTalk)).toBe('a');
    expect(wanted(weTalk)).toEqual(['b:screen', 'a:camera']);
  });

  it('"none" wants no video at all and shows avatars only', () => {
    const state = room({ type: 'incoming-video-changed', incomingVideo: 'none' });
    expect(wanted(state)).toEqual([]);
    const stage = selectStage(state);
    expect([...stage.screens, ...stage.page].every((tile) => tile.videoTrackId === null)).toBe(true);
  });

  it('keeps every microphone in every mode', () => {
    const state = room(
      { type: 'remote-media-added', media: { consumerId: 'm', peerId: 'a', kind: 'audio', source: 'mic', trackId: 'tm' } },
      { type: 'incoming-video-changed', incomingVideo: 'none' },
    );
    expect(selectRemoteAudio(state).map((m) => m.consumerId)).toEqual(['m']);
  });
});

describe('selectParticipants', () => {
  it('lists everyone, those off the page too: ourselves first, then by name', () => {
    const state = stateAfter(
      { type: 'peer-joined', peer: peer('z', { name: 'zoé' }) },
      { type: 'peer-joined', peer: peer('a', { name: 'Ana', mic: false }) },
      { type: 'peer-joined', peer: peer('c', { name: 'Chloé', connection: 'reconnecting' }) },
      { type: 'page-size-changed', pageSize: 1 },
      { type: 'local-changed', local: { micTrackId: 'mic', micOn: true } },
      { type: 'speaker-changed', peerId: 'c' },
    );
    expect(selectParticipants(state, byName)).toEqual([
      { peerId: 'me', name: 'Me', isSelf: true, micMuted: false, reconnecting: false, speaking: false, firstTime: false, linkedRoom: null },
      { peerId: 'a', name: 'Ana', isSelf: false, micMuted: true, reconnecting: false, speaking: false, firstTime: false, linkedRoom: null },
      { peerId: 'c', name: 'Chloé', isSelf: false, micMuted: false, reconnecting: true, speaking: true, firstTime: false, linkedRoom: null },
      { peerId: 'z', name: 'zoé', isSelf: false, micMuted: false, reconnecting: false, speaking: false, firstTime: false, linkedRoom: null },
    ]);
  });
});

describe('first-time marks', () => {
  it('marks a newcomer’s camera tile and row, not their shared screen', () => {
    const state = stateAfter({ type: 'peer-joined', peer: peer('n', { name: 'Nina', firstTime: true, screen: true }) });
    const stage = selectStage(state);
    expect(stage.page.find((tile) => tile.peerId === 'n')?.firstTime).toBe(true);
    expect(stage.screens.find((tile) => tile.peerId === 'n')?.firstTime).toBe(false);
    expect(selectParticipants(state, byName).find((person) => person.peerId === 'n')?.firstTime).toBe(true);
  });

  it('marks ourselves as the server seated us, until we leave', () => {
    const joined = [
      { type: 'join-started', room: 'r', name: 'Nina' },
      { type: 'joined', self: peer('me', { name: 'Nina', firstTime: true }), peers: [], activeSpeakerId: null },
    ] satisfies CallAction[];
    const state = joined.reduce(callReducer, initialCallState());
    expect(selectStage(state).self.firstTime).toBe(true);
    expect(callReducer(state, { type: 'left' }).selfFirstTime).toBe(false);
  });
});

describe('linked rooms', () => {
  it('names the linked room on its tile and row, and nowhere else', () => {
    const state = stateAfter(
      { type: 'peer-joined', peer: peer('l', { name: 'atelier-b', linkedRoom: 'atelier-b', camera: true }) },
      { type: 'peer-joined', peer: peer('p', { name: 'Paul' }) },
    );
    const stage = selectStage(state);
    expect(stage.page.find((tile) => tile.peerId === 'l')?.linkedRoom).toBe('atelier-b');
    expect(stage.page.find((tile) => tile.peerId === 'p')?.linkedRoom).toBeNull();
    expect(selectParticipants(state, byName).map((person) => person.linkedRoom)).toEqual([null, 'atelier-b', null]);
  });
});
