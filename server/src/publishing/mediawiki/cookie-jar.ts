/**
 * Just enough of a cookie jar for one MediaWiki session: the wiki sets a session cookie (and,
 * once logged in, a user cookie) on one host, and wants them back. Attributes are ignored
 * because every request goes to the same api.php.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';', 1)[0] ?? '';
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      // MediaWiki clears a cookie by setting it to "deleted" in the past.
      if (value === '' || value === 'deleted') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
