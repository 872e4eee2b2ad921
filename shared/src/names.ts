import { z } from 'zod';

/** Room names appear in URLs (`/r/<room>`): lower-case letters, digits and inner dashes. */
export const roomNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lower-case letters, digits and dashes only');

export type RoomName = z.infer<typeof roomNameSchema>;

/** A display name: no account, just what people call you. Control characters are refused. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(48)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'no control characters');

export const idSchema = z.string().min(1).max(64);
