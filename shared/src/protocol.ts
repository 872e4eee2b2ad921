/**
 * Bumped whenever an event or payload changes incompatibly. The server refuses a join from a
 * client of another version with PROTOCOL_MISMATCH, so an old tab asks for a reload instead of
 * failing in odd ways.
 */
export const PROTOCOL_VERSION = 1;
