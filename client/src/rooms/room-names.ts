import { roomNameSchema } from '@palabre/shared';

/*
 * Readable room names like "loutre-turquoise-417": easy to say aloud in a meeting or type on a
 * phone. Colour words that read the same for any noun, so no gender agreement is needed.
 */
const NOUNS = [
  'abeille', 'baleine', 'bison', 'castor', 'cerf', 'chouette', 'colibri', 'dauphin', 'ecureuil',
  'faucon', 'fourmi', 'grenouille', 'heron', 'hibou', 'koala', 'lapin', 'libellule', 'loutre',
  'lynx', 'marmotte', 'mesange', 'moineau', 'panda', 'papillon', 'phoque', 'renard', 'salamandre',
  'tortue', 'zebre', 'pivert',
] as const;

const COLOURS = [
  'beige', 'cerise', 'corail', 'cyan', 'indigo', 'ivoire', 'jaune', 'kaki', 'lilas', 'magenta',
  'marron', 'mauve', 'ocre', 'olive', 'orange', 'pourpre', 'rose', 'rouge', 'sable', 'safran',
  'turquoise',
] as const;

/** A uniform integer in [0, max), from the platform's CSPRNG unless a test supplies one. */
export type RandomInt = (max: number) => number;

export const cryptoRandomInt: RandomInt = (max) => {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value % max;
};

export function randomRoomName(randomInt: RandomInt = cryptoRandomInt): string {
  const noun = NOUNS[randomInt(NOUNS.length)] ?? NOUNS[0];
  const colour = COLOURS[randomInt(COLOURS.length)] ?? COLOURS[0];
  const number = 100 + randomInt(900);
  return `${noun}-${colour}-${number}`;
}

/**
 * What someone typed, made into a room name if it reasonably can be ("Réunion du Lundi" →
 * "reunion-du-lundi"); null when nothing valid is left.
 */
export function normalizeRoomName(input: string): string | null {
  const slug = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
  return isRoomName(slug) ? slug : null;
}

export function isRoomName(value: string): boolean {
  return roomNameSchema.safeParse(value).success;
}

/**
 * The room someone means, from its name or a link to it pasted whole
 * ("https://palabre.example/r/atelier-b" → "atelier-b"); null when neither reads as a room.
 */
export function roomFromNameOrLink(input: string): string | null {
  const linked = /\/r\/([^/?#\s]+)/.exec(input.trim());
  if (linked) {
    const name = decodeURIComponent(linked[1]!);
    return isRoomName(name) ? name : null;
  }
  return normalizeRoomName(input);
}
