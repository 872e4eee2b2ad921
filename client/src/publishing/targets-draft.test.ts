import { describe, expect, it } from 'vitest';
import type { PublishingTargetsView } from '@palabre/shared';
import { draftFromView, updateFromDraft } from './targets-draft';

const none: PublishingTargetsView = { mediawiki: null, discourse: null, webhook: null };
const withWebhook: PublishingTargetsView = { ...none, webhook: { url: 'https://hooks.example.org/palabre', secret: 'set' } };

describe('targets draft', () => {
  it('sends nothing for targets never configured and left off', () => {
    expect(updateFromDraft(draftFromView(none), none)).toEqual({ ok: true, update: {} });
  });

  it('starts secrets empty and leaves an empty one out, so the stored one is kept', () => {
    const draft = draftFromView(withWebhook);
    expect(draft.webhook).toEqual({ enabled: true, url: 'https://hooks.example.org/palabre', secret: '' });
    expect(updateFromDraft(draft, withWebhook)).toEqual({ ok: true, update: { webhook: { url: 'https://hooks.example.org/palabre' } } });
  });

  it('removes a configured target switched off', () => {
    const draft = draftFromView(withWebhook);
    draft.webhook.enabled = false;
    expect(updateFromDraft(draft, withWebhook)).toEqual({ ok: true, update: { webhook: null } });
  });

  it('asks for the secret of a target being added, and for a valid URL', () => {
    const draft = draftFromView(none);
    draft.webhook = { enabled: true, url: 'https://hooks.example.org/x', secret: '' };
    expect(updateFromDraft(draft, none)).toEqual({ ok: false, problem: { target: 'webhook', field: 'secret' } });
    draft.webhook = { enabled: true, url: 'not a url', secret: 's3cret' };
    expect(updateFromDraft(draft, none)).toEqual({ ok: false, problem: { target: 'webhook', field: 'url' } });
  });

  it('posts to Discourse in a category or in a topic, never both', () => {
    const draft = draftFromView(none);
    draft.discourse = { enabled: true, baseUrl: 'https://forum.example.org', apiUsername: 'bot', apiKey: 'k', place: 'topic', placeId: '42' };
    expect(updateFromDraft(draft, none)).toEqual({
      ok: true,
      update: { discourse: { baseUrl: 'https://forum.example.org', apiUsername: 'bot', apiKey: 'k', categoryId: null, topicId: 42 } },
    });
    draft.discourse.placeId = 'x';
    expect(updateFromDraft(draft, none)).toEqual({ ok: false, problem: { target: 'discourse', field: 'placeId' } });
  });

  it('sends a MediaWiki without index page as null', () => {
    const draft = draftFromView(none);
    draft.mediawiki = { enabled: true, apiUrl: 'https://wiki.example.org/w/api.php', username: 'Bot@palabre', botPassword: 'pw', pageTitlePattern: 'CR/{date}', indexPage: ' ' };
    expect(updateFromDraft(draft, none)).toEqual({
      ok: true,
      update: { mediawiki: { apiUrl: 'https://wiki.example.org/w/api.php', username: 'Bot@palabre', botPassword: 'pw', pageTitlePattern: 'CR/{date}', indexPage: null } },
    });
  });
});
