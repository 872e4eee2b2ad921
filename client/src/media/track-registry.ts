/**
 * Every MediaStreamTrack the page shows, by id, outside React. The call state names a track by
 * its key; a tile looks the track up here when it renders, and attaches it in an effect.
 */
export class TrackRegistry {
  private readonly tracks = new Map<string, MediaStreamTrack>();

  add(track: MediaStreamTrack): string {
    this.tracks.set(track.id, track);
    return track.id;
  }

  get(trackId: string | null | undefined): MediaStreamTrack | undefined {
    return trackId ? this.tracks.get(trackId) : undefined;
  }

  remove(trackId: string | null | undefined): void {
    if (trackId) this.tracks.delete(trackId);
  }
}
