/*
 * How this page lays out the other people's cameras: in pages of N tiles, in a stable order, with
 * the dominant speaker brought forward. Plain data and pure functions: the call reducer applies
 * them, the tile selectors read them, and both are unit-tested without a DOM.
 */

export const PAGE_SIZES = [1, 4, 9, 16, 25] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** A laptop shows 9 at a readable size; a phone held upright, 4. */
export const DEFAULT_PAGE_SIZE: PageSize = 9;
export const NARROW_SCREEN_PAGE_SIZE: PageSize = 4;

/** Which remote videos this person wants to receive, for a slow or metered connection. */
export const INCOMING_VIDEO_MODES = ['all', 'speaker', 'none'] as const;
export type IncomingVideo = (typeof INCOMING_VIDEO_MODES)[number];

export interface GridState {
  /**
   * Remote people in the order of their camera tiles: join order, except that a speaker who was
   * off the page was moved to the front. Someone's place changes only when they speak from off
   * the page, so tiles don't jump around.
   */
  order: string[];
  /** Zero-based; kept within the pages there are (see `clampPage`). */
  page: number;
  pageSize: PageSize;
  incomingVideo: IncomingVideo;
}

export function initialGridState(pageSize: PageSize = DEFAULT_PAGE_SIZE, incomingVideo: IncomingVideo = 'all'): GridState {
  return { order: [], page: 0, pageSize, incomingVideo };
}

export function isPageSize(value: unknown): value is PageSize {
  return PAGE_SIZES.includes(value as PageSize);
}

export function isIncomingVideo(value: unknown): value is IncomingVideo {
  return INCOMING_VIDEO_MODES.includes(value as IncomingVideo);
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.min(Math.max(0, Math.floor(page)), pageCount(total, pageSize) - 1);
}

/** The ids on the current page, in order. */
export function pageOf(grid: GridState): string[] {
  const page = clampPage(grid.page, grid.order.length, grid.pageSize);
  return grid.order.slice(page * grid.pageSize, (page + 1) * grid.pageSize);
}

/**
 * Keeps the known people in their places, drops those who left and appends newcomers in the
 * given (arrival) order. A rejoin after a drop therefore finds the tiles where they were.
 */
export function reconcileOrder(order: readonly string[], peerIds: readonly string[]): string[] {
  const present = new Set(peerIds);
  const kept = order.filter((id) => present.has(id));
  const known = new Set(kept);
  const added = peerIds.filter((id) => !known.has(id));
  if (added.length === 0 && kept.length === order.length) return order as string[];
  return [...kept, ...added];
}

/**
 * The dominant speaker, if they are not on the first page, moves to its first place (the others
 * keep their relative order); someone already visible stays put. Only while the first page is
 * the one looked at: someone browsing page 3 chose what to look at, and moving a speaker to the
 * front would shift their page by one. They find the speaker first when they come back.
 */
export function bringSpeakerForward(grid: GridState, speakerId: string | null): GridState {
  if (!speakerId || clampPage(grid.page, grid.order.length, grid.pageSize) !== 0) return grid;
  if (!grid.order.includes(speakerId) || pageOf(grid).includes(speakerId)) return grid;
  return { ...grid, order: [speakerId, ...grid.order.filter((id) => id !== speakerId)] };
}

/** Same people, new order: the page stays the one being looked at, as far as it still exists. */
export function withOrder(grid: GridState, order: string[]): GridState {
  if (order === grid.order) return grid;
  return { ...grid, order, page: clampPage(grid.page, order.length, grid.pageSize) };
}

export function withPage(grid: GridState, page: number): GridState {
  const clamped = clampPage(page, grid.order.length, grid.pageSize);
  return clamped === grid.page ? grid : { ...grid, page: clamped };
}

/** A new page size keeps the first tile of the current page in view. */
export function withPageSize(grid: GridState, pageSize: PageSize): GridState {
  if (pageSize === grid.pageSize) return grid;
  const first = clampPage(grid.page, grid.order.length, grid.pageSize) * grid.pageSize;
  return { ...grid, pageSize, page: clampPage(Math.floor(first / pageSize), grid.order.length, pageSize) };
}
