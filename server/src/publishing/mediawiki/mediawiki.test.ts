import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWikiPage, startTestWiki, TEST_WIKI_START_TIMEOUT_MS, type TestWiki } from '../../test-support/mediawiki.js';
import { MediaWikiError, publishToMediaWiki, type MediaWikiConfig } from './publish-to-mediawiki.js';

const INDEX = 'Comptes rendus des réunions';

function meeting(date: string, wikitext: string) {
  return {
    title: `Réunion hebdomadaire/${date}`,
    wikitext,
    summary: `Compte rendu du ${date} (Palabre)`,
    indexLine: `* [[Réunion hebdomadaire/${date}|Réunion du ${date}]]`,
  };
}

async function publishError(config: MediaWikiConfig, page: ReturnType<typeof meeting>): Promise<MediaWikiError> {
  const error: unknown = await publishToMediaWiki(config, page).then(
    () => null,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(MediaWikiError);
  return error as MediaWikiError;
}

// One real wiki for the whole file (a start costs 2–3 s, a first apt install about a minute);
// the tests run in order and the last one stops it.
describe('publishToMediaWiki against a real MediaWiki', () => {
  let wiki: TestWiki;
  let config: MediaWikiConfig;

  beforeAll(async () => {
    wiki = await startTestWiki();
    config = {
      apiUrl: wiki.apiUrl,
      username: wiki.username,
      botPassword: wiki.botPassword,
      pageTitlePattern: 'Réunion hebdomadaire/{date}',
      indexPage: INDEX,
    };
  }, TEST_WIKI_START_TIMEOUT_MS);

  afterAll(() => wiki?.stop());

  it('creates the page, readable through the API, and the index page with its line', async () => {
    const page = meeting('2026-11-26', "== Ordre du jour ==\n* Accueil\n* L'été à la ferme\n[[Catégorie:Réunions]]\n");
    expect(await readWikiPage(wiki, INDEX)).toBeNull();

    const published = await publishToMediaWiki(config, page);

    const stored = await readWikiPage(wiki, page.title);
    expect(stored?.wikitext).toBe(page.wikitext.trimEnd());
    expect(published.remoteId).toBe(String(stored?.pageId));
    expect(published.url).toBe(`${new URL(wiki.apiUrl).origin}/index.php/R%C3%A9union_hebdomadaire/2026-11-26`);
    expect((await readWikiPage(wiki, INDEX))?.wikitext).toBe(page.indexLine);
  });

  it('updates the same page on a second publish and leaves it alone on a third', async () => {
    const first = await publishToMediaWiki(config, meeting('2026-12-03', 'Première version'));
    const updated = meeting('2026-12-03', 'Deuxième version, avec les décisions');

    const second = await publishToMediaWiki(config, updated);
    const third = await publishToMediaWiki(config, updated);

    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const stored = await readWikiPage(wiki, updated.title);
    expect(stored).toMatchObject({ wikitext: updated.wikitext, revisions: 2 });
    const index = (await readWikiPage(wiki, INDEX))?.wikitext.split('\n');
    expect(index).toEqual([meeting('2026-11-26', '').indexLine, updated.indexLine]);
  });

  it('publishes without an index page when none is configured', async () => {
    const before = await readWikiPage(wiki, INDEX);
    const page = meeting('2026-12-10', 'Sans index');

    await publishToMediaWiki({ ...config, indexPage: null }, page);

    expect((await readWikiPage(wiki, page.title))?.wikitext).toBe('Sans index');
    expect(await readWikiPage(wiki, INDEX)).toEqual(before);
  });

  it('refuses a wrong bot password for good (not retryable)', async () => {
    const error = await publishError({ ...config, botPassword: 'a'.repeat(32) }, meeting('2026-12-17', 'Jamais publié'));

    expect(error).toMatchObject({ code: 'login-failed', retryable: false });
    expect(error.message).toContain('login-failed');
    expect(await readWikiPage(wiki, 'Réunion hebdomadaire/2026-12-17')).toBeNull();
  });

  it('refuses an invalid title for good, with the API error code', async () => {
    const error = await publishError(config, { ...meeting('2026-12-24', 'Titre invalide'), title: 'Réunion [hebdomadaire]' });

    expect(error).toMatchObject({ code: 'invalidtitle', retryable: false });
    expect(error.message).toContain('invalidtitle');
  });

  // Keep last: it stops the wiki.
  it('reports a stopped wiki as retryable', async () => {
    await wiki.stop();

    const error = await publishError(config, meeting('2026-12-31', 'Le wiki est arrêté'));

    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });
});
