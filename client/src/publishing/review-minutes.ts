import { base64ToBytes, bytesToBase64, ERROR_CODES, type ErrorCode, type RequestName } from '@palabre/shared';
import { ApiError } from '../http/json-request';
import type { MinutesConnection, MinutesProvider } from '../minutes/minutes-provider';
import { RequestError, type Request } from '../signalling/request';
import { sendReviewMinutesUpdate, syncReviewMinutes } from './publishing-api';

/*
 * Correcting the minutes during the review, after the call: the call's MinutesProvider and
 * TipTap editor unchanged, with their requests answered by the review routes over HTTP instead
 * of the call's socket (which is gone). Cursors are not shared there: a facilitator fixing a
 * typo, not a room writing together.
 */

export interface ReviewTarget {
  room: string;
  token: string;
  reportId: string;
}

function asRequestError(name: string, error: unknown): RequestError {
  if (error instanceof RequestError) return error;
  if (error instanceof ApiError) {
    // Unreachable: the provider keeps the edits and syncs again when told (see ReviewMinutesEditor).
    if (error.code === 'NETWORK') return new RequestError('DISCONNECTED', `${name}: ${error.message}`);
    const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(error.code) ? (error.code as ErrorCode) : 'INTERNAL';
    return new RequestError(code, error.message);
  }
  return new RequestError('INTERNAL', `${name}: ${String(error)}`);
}

/** A MinutesProvider's connection to a report's minutes, which counts the server's refusals. */
export interface ReviewConnection extends MinutesConnection {
  /** How many requests the server refused so far (the provider drops what it cannot send). */
  readonly refusals: number;
}

/**
 * A connection for a MinutesProvider editing a report's minutes. `onRefused` hears the server's
 * reason when it refuses (the minutes are published, the secret is wrong...), so the page can
 * say why: the provider itself only drops what it cannot send.
 */
export function reviewConnection(target: ReviewTarget, onRefused: (message: string) => void, fetchImpl: typeof fetch = fetch): ReviewConnection {
  const { room, token, reportId } = target;
  let refusals = 0;
  const answer = async (name: RequestName, payload: unknown): Promise<unknown> => {
    switch (name) {
      case 'minutes:sync': {
        const { stateVector } = payload as { stateVector: Uint8Array };
        const reply = await syncReviewMinutes(room, token, reportId, { stateVector: bytesToBase64(stateVector) }, fetchImpl);
        return { meetingId: reply.meetingId, update: base64ToBytes(reply.update), stateVector: base64ToBytes(reply.stateVector), awareness: null };
      }
      case 'minutes:update': {
        const { update } = payload as { update: Uint8Array };
        await sendReviewMinutesUpdate(room, token, reportId, { update: bytesToBase64(update) }, fetchImpl);
        return {};
      }
      case 'minutes:awareness':
        return {};
      default:
        throw new RequestError('INVALID_PAYLOAD', `${name}: not available after the call`);
    }
  };
  const request = (async (name: RequestName, payload: unknown) => {
    try {
      return await answer(name, payload);
    } catch (error) {
      const failure = asRequestError(name, error);
      if (failure.code !== 'DISCONNECTED') {
        refusals += 1;
        onRefused(failure.message);
      }
      throw failure;
    }
  }) as Request;
  return {
    request,
    get refusals() {
      return refusals;
    },
  };
}

/**
 * Resolves once every edit made in the provider is stored by the server, so that "Publish now"
 * publishes it; rejects if the server refuses one meanwhile, or if it is not done within
 * `timeoutMs` (offline).
 */
export function whenSaved(provider: MinutesProvider, connection: ReviewConnection, timeoutMs = 10_000): Promise<void> {
  const refusalsBefore = connection.refusals;
  return new Promise((resolve, reject) => {
    const settle = (): boolean => {
      if (connection.refusals > refusalsBefore) reject(new Error('a correction was refused'));
      else if (provider.state.status === 'synced' && provider.state.unsent === 0) resolve();
      else return false;
      return true;
    };
    if (settle()) return;
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('the corrections are not saved yet'));
    }, timeoutMs);
    const unsubscribe = provider.store.subscribe(() => {
      if (!settle()) return;
      clearTimeout(timer);
      unsubscribe();
    });
  });
}
