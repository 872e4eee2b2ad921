import { readSetting, SETTINGS, writeSetting } from '../app/local-settings';
import {
  DEFAULT_PAGE_SIZE,
  initialGridState,
  isIncomingVideo,
  isPageSize,
  NARROW_SCREEN_PAGE_SIZE,
  type GridState,
  type IncomingVideo,
  type PageSize,
} from './grid-state';

/** Below this width a screen is a phone held upright: 4 videos per page, not 9. */
const NARROW_SCREEN = '(max-width: 540px)';

/** The grid as this person left it (page size, incoming video), or what suits the screen. */
export function rememberedGrid(): GridState {
  const savedSize = Number(readSetting(SETTINGS.videosPerPage));
  const narrow = typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches;
  const pageSize = isPageSize(savedSize) ? savedSize : narrow ? NARROW_SCREEN_PAGE_SIZE : DEFAULT_PAGE_SIZE;
  const savedMode = readSetting(SETTINGS.incomingVideo);
  return initialGridState(pageSize, isIncomingVideo(savedMode) ? savedMode : 'all');
}

export function rememberPageSize(pageSize: PageSize): void {
  writeSetting(SETTINGS.videosPerPage, String(pageSize));
}

export function rememberIncomingVideo(incomingVideo: IncomingVideo): void {
  writeSetting(SETTINGS.incomingVideo, incomingVideo);
}
