/** Every reason a request can fail, as a closed union both sides can switch on. */
export const ERROR_CODES = [
  'INVALID_PAYLOAD',
  'PROTOCOL_MISMATCH',
  'NOT_JOINED',
  'ALREADY_JOINED',
  'NOT_FOUND',
  'FORBIDDEN',
  'MEDIA_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

/** The one ack shape of every request. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export type AckCallback<T> = (result: Ack<T>) => void;

/** An error carrying a code, thrown on either side and turned into `{ ok: false }` at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}
