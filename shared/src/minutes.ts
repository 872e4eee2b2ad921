import { z } from 'zod';

/*
 * Shared minutes: one Yjs document per meeting, synchronised over the call's Socket.IO
 * connection. Updates travel as binary (Socket.IO sends a Uint8Array as a binary attachment; the
 * browser receives an ArrayBuffer, Node a Buffer). The server appends every update durably
 * before acknowledging it, so an acknowledged edit survives a crash.
 *
 * The document is a ProseMirror tree stored in the Y.XmlFragment named MINUTES_FRAGMENT:
 * one section per agenda item (plus a general one), holding typed blocks. The node and attribute
 * names below are the contract between the editor's schema (client), the server that keeps
 * sections in step with the agenda, and the readers that build summaries and reports.
 */

/** The Y.XmlFragment holding the minutes in each meeting's Y.Doc. */
export const MINUTES_FRAGMENT = 'minutes';

/** ProseMirror node names, which y-prosemirror stores as Y.XmlElement node names. */
export const MINUTES_NODES = {
  /** attrs: itemId (agenda item id, or GENERAL_SECTION_ID), title, private. Content: blocks. */
  section: 'agendaSection',
  /** attrs: outcome ('none' | 'consensus' | 'vote'), votesFor, votesAgainst, votesAbstain, private. Inline content. */
  decision: 'decision',
  /** attrs: owner, due ('' or YYYY-MM-DD), done, private. Inline content: what is to be done. */
  action: 'action',
  /** attrs: private. Inline content: the question left for later. */
  question: 'openQuestion',
  /** attrs: private. Free notes. */
  paragraph: 'paragraph',
} as const;

/** The section for notes outside any agenda item (and the carried-over items of a template). */
export const GENERAL_SECTION_ID = 'general';

/** Bigger than any paste a person makes; smaller than what could hurt the server. */
export const MINUTES_UPDATE_MAX_BYTES = 256 * 1024;
export const AWARENESS_UPDATE_MAX_BYTES = 16 * 1024;

const bytes = (max: number) =>
  z
    .instanceof(Uint8Array, { message: 'expected binary data' })
    .refine((value) => value.byteLength > 0, { message: 'empty update' })
    .refine((value) => value.byteLength <= max, { message: `larger than ${max} bytes` });

export const minutesRequestSchemas = {
  /** Step 1 of the Yjs sync: the client's state vector; the answer carries what it lacks. */
  'minutes:sync': z.object({ stateVector: bytes(MINUTES_UPDATE_MAX_BYTES) }),
  /** A Yjs update from this client; acknowledged only once stored durably. */
  'minutes:update': z.object({ update: bytes(MINUTES_UPDATE_MAX_BYTES) }),
  /** A y-protocols awareness update (cursor, name, colour): relayed, never stored. */
  'minutes:awareness': z.object({ update: bytes(AWARENESS_UPDATE_MAX_BYTES) }),
} as const;

export interface MinutesResponses {
  'minutes:sync': {
    meetingId: string;
    /** Everything the client lacks, as one Yjs update. */
    update: Uint8Array;
    /** The server's state vector: the client answers with a `minutes:update` of what the server lacks. */
    stateVector: Uint8Array;
    /** Awareness states of the others already editing. */
    awareness: Uint8Array | null;
  };
  'minutes:update': Record<string, never>;
  'minutes:awareness': Record<string, never>;
}

/** Server broadcasts about the minutes (binary fields arrive as ArrayBuffer in the browser). */
export interface MinutesEvents {
  'minutes:updated': (event: { update: Uint8Array | ArrayBuffer }) => void;
  'minutes:awareness': (event: { update: Uint8Array | ArrayBuffer }) => void;
}

/* The document model: what readers (summary view, history, published reports) see. */

export type DecisionOutcome =
  | { kind: 'none' }
  | { kind: 'consensus' }
  | { kind: 'vote'; votesFor: number; votesAgainst: number; votesAbstain: number };

export type MinutesBlock =
  | { type: 'note'; text: string; private: boolean }
  | { type: 'decision'; text: string; private: boolean; outcome: DecisionOutcome }
  | { type: 'action'; text: string; private: boolean; owner: string; due: string; done: boolean }
  | { type: 'question'; text: string; private: boolean };

export interface MinutesSection {
  /** The agenda item's id, or GENERAL_SECTION_ID. */
  itemId: string;
  title: string;
  private: boolean;
  blocks: MinutesBlock[];
}

export interface MinutesDocument {
  meetingId: string;
  sections: MinutesSection[];
}

/** A typed block with the title of the section it belongs to, for summaries. */
export type SummaryEntry<T extends MinutesBlock['type']> = Extract<MinutesBlock, { type: T }> & {
  sectionTitle: string;
};

export interface MinutesSummary {
  decisions: SummaryEntry<'decision'>[];
  actions: SummaryEntry<'action'>[];
  questions: SummaryEntry<'question'>[];
}

/** `GET /api/rooms/<room>/minutes`: the room's meetings that have minutes, newest first. */
export interface MinutesHistoryEntry {
  meetingId: string;
  status: 'open' | 'ended';
  startedAt: number | null;
  endedAt: number | null;
}

/** `GET /api/rooms/<room>/minutes/<meetingId>`: one meeting's minutes without private parts, and their summary. */
export interface MinutesHistoryDetail extends MinutesHistoryEntry {
  minutes: MinutesDocument;
  summary: MinutesSummary;
}
