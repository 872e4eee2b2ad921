/** Schema changes in order; the database's user_version counts how many were applied. */
export const migrations: readonly string[] = [
  `CREATE TABLE rooms (
     name TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     last_active_at INTEGER NOT NULL
   ) STRICT;`,
];
