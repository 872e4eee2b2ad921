import { describe, expect, it } from 'vitest';
import {
  bringSpeakerForward,
  clampPage,
  initialGridState,
  isIncomingVideo,
  isPageSize,
  pageCount,
  pageOf,
  reconcileOrder,
  withOrder,
  withPage,
  withPageSize,
  type GridState,
  type PageSize,
} from './grid-state';

const ids = (count: number) => Array.from({ length: count }, (_, index) => `p${index + 1}`);
const grid = (count: number, pageSize: PageSize, page = 0): GridState => ({
  ...initialGridState(pageSize),
  order: ids(count),
  page,
});

describe('pages', () => {
  it('counts pages, with one page even when nobody else is here', () => {
    expect(pageCount(0, 9)).toBe(1);
    expect(pageCount(9, 9)).toBe(1);
    expect(pageCount(10, 9)).toBe(2);
    expect(pageCount(24, 1)).toBe(24);
  });

  it('keeps a page number within the pages there are', () => {
    expect(clampPage(5, 10, 9)).toBe(1);
    expect(clampPage(-1, 10, 9)).toBe(0);
    expect(clampPage(1, 0, 9)).toBe(0);
  });

  it('shows N people per page, the last page holding the rest', () => {
    expect(pageOf(grid(24, 9, 0))).toEqual(ids(9));
    expect(pageOf(grid(24, 9, 2))).toEqual(ids(24).slice(18));
    expect(pageOf(grid(24, 25))).toHaveLength(24);
    // A page that no longer exists shows the last one.
    expect(pageOf(grid(3, 1, 7))).toEqual(['p3']);
  });

  it('moves between pages without leaving the range', () => {
    expect(withPage(grid(3, 1), 1).page).toBe(1);
    expect(withPage(grid(3, 1), 3).page).toBe(2);
    const unchanged = grid(3, 1);
    expect(withPage(unchanged, -1)).toBe(unchanged);
  });

  it('keeps the first tile in view when the page size changes', () => {
    // Page 3 of 4-per-page starts at the 9th person, who is on page 1 of 9-per-page.
    expect(withPageSize(grid(24, 4, 2), 9).page).toBe(0);
    expect(withPageSize(grid(24, 4, 3), 9).page).toBe(1);
    expect(withPageSize(grid(24, 9, 1), 1).page).toBe(9);
  });

  it('accepts only the page sizes and modes on offer (a stale localStorage value)', () => {
    expect([1, 4, 9, 16, 25].every(isPageSize)).toBe(true);
    expect(isPageSize(12)).toBe(false);
    expect(isPageSize(Number('abc'))).toBe(false);
    expect(['all', 'speaker', 'none'].every(isIncomingVideo)).toBe(true);
    expect(isIncomingVideo('some')).toBe(false);
    expect(isIncomingVideo(null)).toBe(false);
  });
});

describe('order', () => {
  it('keeps known people in place, drops leavers and appends newcomers in arrival order', () => {
    expect(reconcileOrder(['c', 'a', 'b'], ['a', 'b', 'c', 'd', 'e'])).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(reconcileOrder(['c', 'a', 'b'], ['a', 'c'])).toEqual(['c', 'a']);
  });

  it('returns the same array when nobody came or went', () => {
    const order = ['a', 'b'];
    expect(reconcileOrder(order, ['b', 'a'])).toBe(order);
  });

  it('brings a speaker from a later page to the first place, the others keeping their order', () => {
    const moved = bringSpeakerForward(grid(12, 9), 'p11');
    expect(moved.order).toEqual(['p11', ...ids(10), 'p12']);
    expect(pageOf(moved)[0]).toBe('p11');
  });

  it('leaves a visible speaker, ourselves, nobody and strangers alone', () => {
    const start = grid(12, 9);
    expect(bringSpeakerForward(start, 'p5')).toBe(start);
    expect(bringSpeakerForward(start, null)).toBe(start);
    expect(bringSpeakerForward(start, 'someone-else')).toBe(start);
  });

  it('with one video per page, shows the speaker', () => {
    expect(pageOf(bringSpeakerForward(grid(2, 1), 'p2'))).toEqual(['p2']);
  });

  it('waits while another page is looked at, so that page does not shift', () => {
    const browsing = grid(30, 9, 1);
    expect(bringSpeakerForward(browsing, 'p25')).toBe(browsing);
  });

  it('keeps the page when the order changes, within range', () => {
    const state = grid(10, 9, 1);
    expect(withOrder(state, ids(10).reverse()).page).toBe(1);
    expect(withOrder(state, ids(5)).page).toBe(0);
  });
});
