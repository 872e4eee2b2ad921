/** Schema changes in order; the database's user_version counts how many were applied. */
export const migrations: readonly string[] = [
  `CREATE TABLE rooms (
     name TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     last_active_at INTEGER NOT NULL
   ) STRICT;`,
  // Facilitation: durable participant identities and roles, the meeting with its agenda,
  // speaking queue and chat.
  `ALTER TABLE rooms ADD COLUMN facilitator_token TEXT;
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     room TEXT NOT NULL REFERENCES rooms (name) ON DELETE CASCADE,
     token_hash TEXT NOT NULL UNIQUE,
     name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('facilitator', 'participant')),
     created_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     room TEXT NOT NULL REFERENCES rooms (name) ON DELETE CASCADE,
     status TEXT NOT NULL CHECK (status IN ('open', 'ended')),
     created_at INTEGER NOT NULL,
     started_at INTEGER,
     ended_at INTEGER,
     current_item_id TEXT,
     current_item_since INTEGER,
     speaker_peer_id TEXT,
     speaker_name TEXT,
     speaker_since INTEGER,
     speaker_limit_seconds INTEGER,
     fair_mode INTEGER NOT NULL DEFAULT 0
   ) STRICT;
   CREATE INDEX meetings_by_room ON meetings (room, status);
   CREATE TABLE agenda_items (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     title TEXT NOT NULL,
     owner TEXT,
     duration_minutes INTEGER,
     done INTEGER NOT NULL DEFAULT 0,
     spent_ms INTEGER NOT NULL DEFAULT 0,
     proposed_by TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE queue_entries (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     peer_id TEXT NOT NULL,
     name TEXT NOT NULL,
     reply INTEGER NOT NULL,
     raised_at INTEGER NOT NULL,
     PRIMARY KEY (meeting_id, peer_id)
   ) STRICT;
   CREATE TABLE turns_taken (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     item_id TEXT NOT NULL,
     peer_id TEXT NOT NULL,
     PRIMARY KEY (meeting_id, item_id, peer_id)
   ) STRICT;
   CREATE TABLE chat_messages (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     peer_id TEXT NOT NULL,
     name TEXT NOT NULL,
     text TEXT NOT NULL,
     sent_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX chat_by_meeting ON chat_messages (meeting_id, sent_at);`,
  // Shared minutes: every acknowledged Yjs update appended as it arrives, folded from time to
  // time into one snapshot per meeting. AUTOINCREMENT so a sequence number is never reused after
  // the rows below a snapshot are deleted.
  `CREATE TABLE minutes_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     update_data BLOB NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX minutes_updates_by_meeting ON minutes_updates (meeting_id, seq);
   CREATE TABLE minutes_snapshots (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
     state BLOB NOT NULL,
     upto_seq INTEGER NOT NULL,
     compacted_at INTEGER NOT NULL
   ) STRICT;`,
  // Publishing: who attended (and agreed to be named), the frozen report of each ended meeting,
  // the room's publishing targets with their secrets, and the outbox of deliveries, written in
  // the transaction that ends the meeting so that none is lost to a crash.
  `ALTER TABLE participants ADD COLUMN named_in_report INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE meetings ADD COLUMN last_activity_at INTEGER;
   ALTER TABLE meetings ADD COLUMN working_data_purged_at INTEGER;
   CREATE TABLE meeting_attendance (
     meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
     first_joined_at INTEGER NOT NULL,
     PRIMARY KEY (meeting_id, participant_id)
   ) STRICT;
   CREATE TABLE reports (
     id TEXT PRIMARY KEY,
     room TEXT NOT NULL REFERENCES rooms (name) ON DELETE CASCADE,
     meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
     slug TEXT NOT NULL,
     document TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     publish_at INTEGER NOT NULL,
     archived_at INTEGER,
     UNIQUE (room, slug)
   ) STRICT;
   CREATE INDEX reports_archived ON reports (room, archived_at);
   CREATE TABLE publishing_targets (
     room TEXT NOT NULL REFERENCES rooms (name) ON DELETE CASCADE,
     kind TEXT NOT NULL CHECK (kind IN ('mediawiki', 'discourse', 'webhook')),
     settings TEXT NOT NULL,
     secret TEXT NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (room, kind)
   ) STRICT;
   CREATE TABLE publication_outbox (
     report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
     target TEXT NOT NULL CHECK (target IN ('archive', 'mediawiki', 'discourse', 'webhook')),
     state TEXT NOT NULL CHECK (state IN ('pending', 'published', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     last_error TEXT,
     remote_id TEXT,
     url TEXT,
     published_at INTEGER,
     PRIMARY KEY (report_id, target)
   ) STRICT;
   CREATE INDEX outbox_due ON publication_outbox (state, next_attempt_at);`,
  // Recurring meetings and newcomers: a room's series (its schedule as JSON, validated at the
  // boundary), its glossary, the meetings that already received their welcome item (so removing
  // it sticks), and whether a participant said it was their first time.
  `CREATE TABLE room_series (
     room TEXT PRIMARY KEY REFERENCES rooms (name) ON DELETE CASCADE,
     series_id TEXT NOT NULL,
     revision INTEGER NOT NULL,
     schedule TEXT NOT NULL,
     listed INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE room_glossaries (
     room TEXT PRIMARY KEY REFERENCES rooms (name) ON DELETE CASCADE,
     entries TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE welcomed_meetings (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE
   ) STRICT;
   ALTER TABLE participants ADD COLUMN first_time INTEGER NOT NULL DEFAULT 0;`,
  // A room's live-stream settings: the mode its facilitators chose and the RTMP ingest to push
  // to. The URL usually holds a stream key: it never leaves the server.
  `CREATE TABLE room_live_settings (
     room TEXT PRIMARY KEY REFERENCES rooms (name) ON DELETE CASCADE,
     mode TEXT NOT NULL CHECK (mode IN ('composite', 'speaker')),
     rtmp_url TEXT,
     updated_at INTEGER NOT NULL
   ) STRICT;`,
];
