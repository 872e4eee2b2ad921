import { z } from 'zod';
import { CookieJar } from './cookie-jar.js';
import { apiError, MediaWikiError } from './mediawiki-error.js';

/** Per request: a wiki that has not answered by then is treated as down (retryable). */
export const REQUEST_TIMEOUT_MS = 15_000;

// Wikis ask bots to identify themselves; Node's default "node" is blocked on some.
const USER_AGENT = 'Palabre meeting-notes publisher (MediaWiki Action API)';

type Params = Record<string, string>;

const apiErrorBody = z.object({ error: z.object({ code: z.string(), info: z.string().default('') }) });
const loginTokenBody = z.object({ query: z.object({ tokens: z.object({ logintoken: z.string() }) }) });
const loginBody = z.object({ login: z.object({ result: z.string(), reason: z.unknown().optional() }) });
const csrfTokenBody = z.object({ query: z.object({ tokens: z.object({ csrftoken: z.string() }) }) });

// The token every anonymous session gets: seeing it after a login means the session was lost.
const ANONYMOUS_TOKEN = '+\\';

/**
 * A logged-in conversation with one wiki's api.php: keeps the session cookies, asks for JSON in
 * `formatversion=2`, applies a timeout to every request, and turns every failure into a
 * MediaWikiError that says whether trying again later makes sense.
 */
export class MediaWikiSession {
  private readonly cookies = new CookieJar();

  private constructor(readonly apiUrl: string) {}

  /** Logs in with a bot password (Special:BotPasswords): `username` is `User@appid`. */
  static async login(apiUrl: string, username: string, botPassword: string): Promise<MediaWikiSession> {
    const session = new MediaWikiSession(apiUrl);
    const { query } = await session.get({ action: 'query', meta: 'tokens', type: 'login' }, loginTokenBody);
    const { login } = await session.post(
      { action: 'login', lgname: username, lgpassword: botPassword, lgtoken: query.tokens.logintoken },
      loginBody,
    );
    if (login.result !== 'Success') {
      // "Failed" is a wrong name or password, "Aborted" a main-account password: both need a person.
      const reason = typeof login.reason === 'string' ? login.reason : JSON.stringify(login.reason ?? '');
      const code = `login-${login.result.toLowerCase()}`;
      throw new MediaWikiError(code, `MediaWiki login as ${username} failed: ${code}: ${reason}`, false);
    }
    return session;
  }

  async csrfToken(): Promise<string> {
    const { query } = await this.get({ action: 'query', meta: 'tokens', type: 'csrf' }, csrfTokenBody);
    if (query.tokens.csrftoken === ANONYMOUS_TOKEN) {
      throw new MediaWikiError('session-lost', 'MediaWiki session-lost: the wiki forgot the login', true);
    }
    return query.tokens.csrftoken;
  }

  get<T>(params: Params, schema: z.ZodType<T>): Promise<T> {
    return this.request('GET', params, schema);
  }

  /** Writes go by POST; put `token` last in `params` (MediaWiki's guard against cut-off bodies). */
  post<T>(params: Params, schema: z.ZodType<T>): Promise<T> {
    return this.request('POST', params, schema);
  }

  private async request<T>(method: 'GET' | 'POST', params: Params, schema: z.ZodType<T>): Promise<T> {
    const action = params.action ?? 'request';
    const query = new URLSearchParams({ format: 'json', formatversion: '2', errorformat: 'bc', ...params });
    const url = method === 'GET' ? `${this.apiUrl}?${query}` : this.apiUrl;

    let response: Response;
    try {
      response = await fetch(url, {
        method,
        body: method === 'POST' ? query : undefined,
        headers: { cookie: this.cookies.header(), 'user-agent': USER_AGENT },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw networkError(this.apiUrl, action, error);
    }
    this.cookies.store(response);

    if (!response.ok) {
      await response.body?.cancel();
      const retryable = response.status >= 500 || response.status === 429;
      const code = `http-${response.status}`;
      throw new MediaWikiError(code, `MediaWiki ${action} failed: ${code} from ${this.apiUrl}`, retryable);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (isTimeout(error)) throw networkError(this.apiUrl, action, error);
      throw new MediaWikiError('bad-response', `MediaWiki ${action} failed: bad-response: ${this.apiUrl} did not answer JSON (is it the wiki's api.php?)`, false);
    }

    const failure = apiErrorBody.safeParse(body);
    if (failure.success) throw apiError(action, failure.data.error.code, failure.data.error.info);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const message = `MediaWiki ${action} failed: bad-response: unexpected answer ${JSON.stringify(body).slice(0, 300)}`;
      throw new MediaWikiError('bad-response', message, false);
    }
    return parsed.data;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

function networkError(apiUrl: string, action: string, error: unknown): MediaWikiError {
  if (isTimeout(error)) {
    return new MediaWikiError('timeout', `MediaWiki ${action} failed: timeout: ${apiUrl} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`, true, { cause: error });
  }
  // fetch() hides the socket error (ECONNREFUSED, ENOTFOUND...) in `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = (cause as { code?: string } | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
  return new MediaWikiError('network', `MediaWiki ${action} failed: network: ${apiUrl}: ${detail}`, true, { cause: error });
}
