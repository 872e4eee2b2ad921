/*
 * The small HTTP API of a room (schedule, glossary, listed rooms, publishing): JSON in and out, and one
 * error class whose code is the server's (INVALID_PAYLOAD, FORBIDDEN...) or HTTP_<status> /
 * NETWORK when the server sent none.
 */

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface JsonRequest {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The parsed body of a 2xx answer (null when it has none); ApiError otherwise. */
export async function requestJson<T>(url: string, { method = 'GET', body, headers = {}, signal }: JsonRequest = {}, fetchImpl: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    // An abort is the caller's own doing: it is not reported as a network failure.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', 'the server could not be reached');
  }
  if (!response.ok) {
    const failure = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(failure?.error?.code ?? `HTTP_${response.status}`, failure?.error?.message ?? response.statusText);
  }
  if (response.status === 204) return null as T;
  const text = await response.text();
  return (text === '' ? null : JSON.parse(text)) as T;
}
