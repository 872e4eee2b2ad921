import { describe, expect, it } from 'vitest';
import { isRoomName, normalizeRoomName, randomRoomName, roomFromNameOrLink } from './room-names';

describe('randomRoomName', () => {
  it('reads as noun-colour-number and is a valid room name', () => {
    for (let i = 0; i < 200; i += 1) {
      const name = randomRoomName();
      expect(name).toMatch(/^[a-z]+-[a-z]+-\d{3}$/);
      expect(isRoomName(name)).toBe(true);
    }
  });

  it('is deterministic for a given source of randomness', () => {
    expect(randomRoomName(() => 0)).toBe('abeille-beige-100');
    expect(randomRoomName((max) => max - 1)).toBe('pivert-turquoise-999');
  });
});

describe('normalizeRoomName', () => {
  it('keeps a valid name as it is', () => {
    expect(normalizeRoomName('assemblee-2025')).toBe('assemblee-2025');
  });

  it('lower-cases, drops accents and turns other characters into dashes', () => {
    expect(normalizeRoomName('  Réunion du Lundi !')).toBe('reunion-du-lundi');
    expect(normalizeRoomName('Café__Crème')).toBe('cafe-creme');
  });

  it('gives null when nothing usable is left', () => {
    expect(normalizeRoomName('')).toBeNull();
    expect(normalizeRoomName('!!!')).toBeNull();
    expect(normalizeRoomName('日本語')).toBeNull();
  });

  it('stays within 64 characters without a trailing dash', () => {
    const name = normalizeRoomName(`${'a'.repeat(63)} b`);
    expect(name).toBe('a'.repeat(63));
  });
});

describe('isRoomName', () => {
  it('follows the shared rule', () => {
    expect(isRoomName('ok-room-1')).toBe(true);
    expect(isRoomName('Upper')).toBe(false);
    expect(isRoomName('-dash')).toBe(false);
    expect(isRoomName('dash-')).toBe(false);
  });
});

describe('roomFromNameOrLink', () => {
  it('reads a pasted link or a typed name', () => {
    expect(roomFromNameOrLink('https://palabre.example/r/atelier-b')).toBe('atelier-b');
    expect(roomFromNameOrLink('http://localhost:3000/r/atelier-b?x=1#y')).toBe('atelier-b');
    expect(roomFromNameOrLink('Atelier B')).toBe('atelier-b');
    expect(roomFromNameOrLink('https://palabre.example/r/Not_Valid')).toBeNull();
    expect(roomFromNameOrLink('   ')).toBeNull();
  });
});
