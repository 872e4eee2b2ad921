import { agendaProposalSchema, type AgendaDraft, type AgendaItem, type AgendaProposal } from '@palabre/shared';
import { parseMinutes } from './agenda-input';

/*
 * The agenda before the call, over plain HTTP: anyone with the room link reads the open
 * meeting's items and proposes one, without joining. The body is checked with the server's own
 * schema (zod is in the bundle already, for the join), so a refusal is rare and stays generic.
 */

/** What the form typed: strings, as the inputs hold them. */
export interface ProposalInput {
  name: string;
  title: string;
  minutes: string;
}

/** Which field to fix; the name first, since the proposal is signed with it. */
export type ProposalProblem = 'name' | 'title' | 'minutes';

export type ProposalCheck = { ok: true; proposal: AgendaProposal } | { ok: false; problem: ProposalProblem };

export function checkProposal({ name, title, minutes }: ProposalInput): ProposalCheck {
  const durationMinutes = parseMinutes(minutes);
  const parsed = agendaProposalSchema.safeParse({
    title,
    proposedBy: name,
    ...(durationMinutes !== null ? { durationMinutes } : {}),
  });
  const fields = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]));
  if (fields.has('proposedBy')) return { ok: false, problem: 'name' };
  if (fields.has('title')) return { ok: false, problem: 'title' };
  // Empty minutes mean no time box; anything else typed must be usable.
  if (minutes.trim() !== '' && durationMinutes === null) return { ok: false, problem: 'minutes' };
  return parsed.success ? { ok: true, proposal: parsed.data } : { ok: false, problem: 'title' };
}

export class AgendaRequestError extends Error {
  constructor(
    /** The server's code (INVALID_PAYLOAD...), or HTTP_<status> / NETWORK. */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AgendaRequestError';
  }
}

const agendaUrl = (room: string) => `/api/rooms/${encodeURIComponent(room)}/agenda`;

/** The open meeting's items (none for a room nobody has used yet). */
export async function fetchAgenda(room: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<AgendaItem[]> {
  const response = await send(() => fetchImpl(agendaUrl(room), { headers: { accept: 'application/json' }, signal }));
  const body = (await response.json()) as AgendaDraft;
  return body.agenda;
}

/** Adds an item to the open meeting; resolves to its id. */
export async function proposeItem(room: string, proposal: AgendaProposal, fetchImpl: typeof fetch = fetch): Promise<string> {
  const response = await send(() =>
    fetchImpl(agendaUrl(room), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(proposal),
    }),
  );
  return ((await response.json()) as { itemId: string }).itemId;
}

/** A response that is not 2xx becomes an AgendaRequestError with the server's code if it sent one. */
async function send(request: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await request();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new AgendaRequestError('NETWORK', 'the server could not be reached');
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  throw new AgendaRequestError(body?.error?.code ?? `HTTP_${response.status}`, body?.error?.message ?? response.statusText);
}
