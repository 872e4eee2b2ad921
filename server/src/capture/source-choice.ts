/*
 * Which sources the stream shows and mixes: pure decisions, so they are tested without media.
 */

export interface VideoSource {
  producerId: string;
  peerId: string;
  source: 'camera' | 'screen';
  /** A camera turned off (paused) is never shown: turning it off is how one stays audio-only. */
  paused: boolean;
}

/**
 * The picture to show: the pinned person's (their shared screen, else their camera), else a
 * shared screen (the latest), else the active speaker's camera, else what is shown now if still
 * on, else any camera that is on, else nothing (the filler).
 */
export function chooseVideo(
  sources: readonly VideoSource[],
  speakerId: string | null,
  current: string | null,
  pinnedPeerId: string | null = null,
): string | null {
  const on = sources.filter((source) => !source.paused);
  const pinned = on.filter((source) => source.peerId === pinnedPeerId).sort((a, b) => (a.source === 'screen' ? -1 : b.source === 'screen' ? 1 : 0))[0];
  if (pinned) return pinned.producerId;
  const screen = on.filter((source) => source.source === 'screen').at(-1);
  if (screen) return screen.producerId;
  const cameras = on.filter((source) => source.source === 'camera');
  const speaker = cameras.find((source) => source.peerId === speakerId);
  if (speaker) return speaker.producerId;
  if (current && cameras.some((source) => source.producerId === current)) return current;
  return cameras[0]?.producerId ?? null;
}

/**
 * Which open microphones the mix carries, one per slot. Slots are sticky (a voice never jumps
 * from slot to slot); someone among the loudest takes a slot from someone who is not, and free
 * slots take any open microphone, so a small room's mix carries everyone.
 */
export function assignAudioSlots(current: readonly (string | null)[], loudest: readonly string[], open: readonly string[]): (string | null)[] {
  const openSet = new Set(open);
  const slots = current.map((id) => (id !== null && openSet.has(id) ? id : null));
  for (const id of loudest) {
    if (!openSet.has(id) || slots.includes(id)) continue;
    let index = slots.indexOf(null);
    if (index === -1) index = slots.findIndex((occupant) => occupant !== null && !loudest.includes(occupant));
    if (index !== -1) slots[index] = id;
  }
  for (const id of open) {
    if (slots.includes(id)) continue;
    const index = slots.indexOf(null);
    if (index === -1) break;
    slots[index] = id;
  }
  return slots;
}
