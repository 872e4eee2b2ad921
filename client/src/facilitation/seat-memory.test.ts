import { describe, expect, it } from 'vitest';
import { facilitatorLink, isTokenShaped, SeatMemory, takeFacilitatorToken, type KeyValueStorage } from './seat-memory';

/** One tab's sessionStorage; `copy` is what "Duplicate tab" gives the new tab. */
class TabStorage implements KeyValueStorage {
  constructor(readonly items = new Map<string, string>()) {}
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  copy() {
    return new TabStorage(new Map(this.items));
  }
}

const TOKEN = 'aBcD-efGh_ijKLmnOPqrSTuvWXyz0123';
const OTHER_TOKEN = 'zzzzzzzzzzzzzzzzzzzzzzzz';

describe('SeatMemory: the resume token', () => {
  it('gives nothing for a room never joined in this tab', () => {
    expect(new SeatMemory(new TabStorage(), 'p1').resumeTokenFor('atelier')).toBeUndefined();
  });

  it('gives the token back to the same page (a rejoin after a drop) and per room', () => {
    const memory = new SeatMemory(new TabStorage(), 'p1');
    memory.rememberSeat('atelier', TOKEN);
    memory.rememberSeat('bureau', OTHER_TOKEN);
    expect(memory.resumeTokenFor('atelier')).toBe(TOKEN);
    expect(memory.resumeTokenFor('bureau')).toBe(OTHER_TOKEN);
  });

  it('gives it to the next page of the tab after a reload', () => {
    const tab = new TabStorage();
    const before = new SeatMemory(tab, 'p1');
    before.rememberSeat('atelier', TOKEN);
    before.releaseSeats(); // pagehide
    expect(new SeatMemory(tab, 'p2').resumeTokenFor('atelier')).toBe(TOKEN);
  });

  it('does not give it to a duplicated tab while the original page still holds the seat', () => {
    const tab = new TabStorage();
    new SeatMemory(tab, 'p1').rememberSeat('atelier', TOKEN);
    const duplicate = new SeatMemory(tab.copy(), 'p2');
    expect(duplicate.resumeTokenFor('atelier')).toBeUndefined();
    duplicate.rememberSeat('atelier', OTHER_TOKEN);
    expect(duplicate.resumeTokenFor('atelier')).toBe(OTHER_TOKEN);
    expect(new SeatMemory(tab, 'p1').resumeTokenFor('atelier')).toBe(TOKEN);
  });

  it('takes its seats back when restored from the back-forward cache', () => {
    const tab = new TabStorage();
    const page = new SeatMemory(tab, 'p1');
    page.rememberSeat('atelier', TOKEN);
    page.releaseSeats();
    page.reclaimSeats();
    expect(new SeatMemory(tab, 'p2').resumeTokenFor('atelier')).toBeUndefined();
    expect(page.resumeTokenFor('atelier')).toBe(TOKEN);
  });

  it('ignores what is not a stored seat, and works with no storage at all', () => {
    const tab = new TabStorage();
    tab.setItem('palabre.seat.atelier', '{not json');
    tab.setItem('palabre.seat.bureau', JSON.stringify({ resumeToken: 'short', heldBy: null }));
    const memory = new SeatMemory(tab, 'p1');
    expect(memory.resumeTokenFor('atelier')).toBeUndefined();
    expect(memory.resumeTokenFor('bureau')).toBeUndefined();
    const none = new SeatMemory(null, 'p1');
    none.rememberSeat('atelier', TOKEN);
    expect(none.resumeTokenFor('atelier')).toBeUndefined();
  });

  it('survives a storage that throws', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const memory = new SeatMemory(refusing, 'p1');
    expect(() => memory.rememberSeat('atelier', TOKEN)).not.toThrow();
    expect(memory.resumeTokenFor('atelier')).toBeUndefined();
  });
});

describe('SeatMemory: the facilitator token', () => {
  it('is kept per room, and forgotten on demand', () => {
    const memory = new SeatMemory(new TabStorage(), 'p1');
    memory.rememberFacilitatorToken('atelier', TOKEN);
    expect(memory.facilitatorTokenFor('atelier')).toBe(TOKEN);
    expect(memory.facilitatorTokenFor('bureau')).toBeUndefined();
    memory.rememberFacilitatorToken('atelier', null);
    expect(memory.facilitatorTokenFor('atelier')).toBeUndefined();
  });

  it('refuses a value the server would reject at join', () => {
    const memory = new SeatMemory(new TabStorage(), 'p1');
    memory.rememberFacilitatorToken('atelier', 'too-short');
    expect(memory.facilitatorTokenFor('atelier')).toBeUndefined();
  });
});

describe('facilitator links', () => {
  it('reads the secret from the query string and removes it', () => {
    expect(takeFacilitatorToken(`?f=${TOKEN}`)).toEqual({ token: TOKEN, search: '' });
    expect(takeFacilitatorToken(`?lang=fr&f=${TOKEN}`)).toEqual({ token: TOKEN, search: '?lang=fr' });
    expect(takeFacilitatorToken('?lang=fr')).toEqual({ token: null, search: '?lang=fr' });
    expect(takeFacilitatorToken('')).toEqual({ token: null, search: '' });
  });

  it('removes a malformed secret without keeping it', () => {
    expect(takeFacilitatorToken('?f=<script>')).toEqual({ token: null, search: '' });
  });

  it('builds the link that takeFacilitatorToken reads', () => {
    const link = facilitatorLink('https://palabre.example', 'assemblee-2025', TOKEN);
    expect(link).toBe(`https://palabre.example/r/assemblee-2025?f=${TOKEN}`);
    expect(takeFacilitatorToken(new URL(link).search).token).toBe(TOKEN);
  });

  it('knows the shape of a token', () => {
    expect(isTokenShaped(TOKEN)).toBe(true);
    expect(isTokenShaped('a'.repeat(15))).toBe(false);
    expect(isTokenShaped('a'.repeat(129))).toBe(false);
    expect(isTokenShaped('a'.repeat(20) + '=')).toBe(false);
  });
});
