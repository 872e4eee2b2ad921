/**
 * Why a MediaWiki request failed. `code` is the API's error code (`permissiondenied`,
 * `invalidtitle`, `maxlag`...) or one of ours: `network`, `timeout`, `http-<status>`,
 * `login-<result>`, `bad-response`.
 */
export class MediaWikiError extends Error {
  override readonly name = 'MediaWikiError';

  constructor(
    readonly code: string,
    message: string,
    /** True when the same call may well succeed later (the outbox should try again). */
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// API error codes that describe a passing state of the wiki, not a problem with our request.
const RETRYABLE_API_CODES = new Set([
  'maxlag', // replicas lag behind: the API asks bots to come back later
  'readonly', // the wiki is in read-only mode (maintenance)
  'ratelimited',
  'badtoken', // the session expired between the token and the edit: a new login fixes it
  'assertuserfailed', // same, noticed by assert=user
  'editconflict',
]);

export function isRetryableApiCode(code: string): boolean {
  // internal_api_error_DBQueryError and friends: an exception on the wiki's side.
  return RETRYABLE_API_CODES.has(code) || code.startsWith('internal_api_error_');
}

export function apiError(action: string, code: string, info: string): MediaWikiError {
  return new MediaWikiError(code, `MediaWiki ${action} failed: ${code}: ${info}`, isRetryableApiCode(code));
}
