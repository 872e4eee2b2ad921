import { describe, expect, it, vi } from 'vitest';
import { AgendaRequestError, checkProposal, fetchAgenda, proposeItem } from './agenda-draft';

describe('checkProposal', () => {
  it('builds the proposal the server expects, trimmed, with an optional time box', () => {
    expect(checkProposal({ name: ' Alice ', title: ' Accueil ', minutes: '10' })).toEqual({
      ok: true,
      proposal: { title: 'Accueil', proposedBy: 'Alice', durationMinutes: 10 },
    });
    expect(checkProposal({ name: 'Alice', title: 'Accueil', minutes: '' })).toEqual({
      ok: true,
      proposal: { title: 'Accueil', proposedBy: 'Alice' },
    });
  });

  it('asks for the name first, then the title, then usable minutes', () => {
    expect(checkProposal({ name: '  ', title: '', minutes: '0' })).toEqual({ ok: false, problem: 'name' });
    expect(checkProposal({ name: 'Alice', title: ' ', minutes: '0' })).toEqual({ ok: false, problem: 'title' });
    expect(checkProposal({ name: 'Alice', title: 'x'.repeat(201), minutes: '' })).toEqual({ ok: false, problem: 'title' });
    for (const minutes of ['0', '2.5', '601', 'abc']) {
      expect(checkProposal({ name: 'Alice', title: 'Accueil', minutes })).toEqual({ ok: false, problem: 'minutes' });
    }
  });
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the agenda over HTTP', () => {
  it('reads the agenda of a room', async () => {
    const fetchImpl = vi.fn(async () => json(200, { agenda: [{ id: 'i1', title: 'Accueil' }] }));
    await expect(fetchAgenda('ma-salle', fetchImpl as typeof fetch)).resolves.toEqual([{ id: 'i1', title: 'Accueil' }]);
    expect(fetchImpl).toHaveBeenCalledWith('/api/rooms/ma-salle/agenda', expect.anything());
  });

  it('posts a proposal as JSON and returns the new id', async () => {
    const fetchImpl = vi.fn(async (_url: string, _init?: RequestInit) => json(201, { itemId: 'i2' }));
    const proposal = { title: 'Accueil', proposedBy: 'Alice', durationMinutes: 10 };
    await expect(proposeItem('ma-salle', proposal, fetchImpl as unknown as typeof fetch)).resolves.toBe('i2');
    const init = fetchImpl.mock.calls[0]![1]!;
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual(proposal);
  });

  it('turns a refusal or a network failure into a coded error', async () => {
    const refused = async () => json(400, { error: { code: 'INVALID_PAYLOAD', message: 'bad title' } });
    await expect(proposeItem('r', { title: 'x', proposedBy: 'A' }, refused as typeof fetch)).rejects.toMatchObject({
      code: 'INVALID_PAYLOAD',
    });
    const down = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await fetchAgenda('r', down as typeof fetch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AgendaRequestError);
    expect((error as AgendaRequestError).code).toBe('NETWORK');
  });
});
