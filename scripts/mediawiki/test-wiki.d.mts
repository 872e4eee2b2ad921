// Types for test-wiki.mjs, so the server's TypeScript tests can import it.
export interface StartedTestWiki {
  /** http://127.0.0.1:<port>/api.php */
  apiUrl: string;
  /** The bot password's login name, `PalabreBot@palabre`. */
  username: string;
  /** 32 characters. */
  botPassword: string;
  /** The scratch directory: settings, SQLite database, php-server.log. */
  dir: string;
  /** Stops the server's whole process group and deletes `dir`. Idempotent. */
  stop(): Promise<void>;
}

export function startTestWiki(): Promise<StartedTestWiki>;
