import { requestJson } from '../http/json-request';
import { applyGlossaryChange, type GlossaryChange } from './glossary-edit';
import type { Glossary } from '../schedule/schedule-types';

const glossaryUrl = (room: string) => `/api/rooms/${encodeURIComponent(room)}/glossary`;

/** The room's words and what they mean; anyone with the link reads and edits it. */
export function fetchGlossary(room: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<Glossary> {
  return requestJson<Glossary>(glossaryUrl(room), signal ? { signal } : {}, fetchImpl);
}

/** The whole glossary replaces the stored one (last write wins: edits are rare and small). */
export async function saveGlossary(room: string, glossary: Glossary, fetchImpl: typeof fetch = fetch): Promise<void> {
  await requestJson<unknown>(glossaryUrl(room), { method: 'PUT', body: glossary }, fetchImpl);
}

/** Applies one change to the glossary as stored now, saves it, and returns what was saved. */
export async function changeGlossary(room: string, change: GlossaryChange, fetchImpl: typeof fetch = fetch): Promise<Glossary> {
  const next = applyGlossaryChange(await fetchGlossary(room, undefined, fetchImpl), change);
  await saveGlossary(room, next, fetchImpl);
  return next;
}
