import { useEffect, useState } from 'react';
import { useCallState, useSession } from '../../app/session-context';
import type { MinutesLink } from '../../minutes/minutes-link';
import { MinutesProvider } from '../../minutes/minutes-provider';
import { personColour } from '../../minutes/person-colour';
import { useStoreState } from '../../state/use-store';

/** The call's provider, made on first use and kept while the call lasts (panel closed or not). */
function providerOf(link: MinutesLink): MinutesProvider {
  const attached = link.attached;
  if (attached instanceof MinutesProvider && attached.state.status !== 'closed') return attached;
  const provider = new MinutesProvider(link);
  link.attach(provider);
  return provider;
}

/** This call's minutes provider, with our name and colour set for the others' screens. */
export function useMinutesProvider(): MinutesProvider {
  const session = useSession();
  const { selfName, selfId } = useCallState();
  const [provider, setProvider] = useState(() => providerOf(session.minutes));
  const { status } = useStoreState(provider.store);

  // The room moved on to another meeting while we were away: a new document for it.
  useEffect(() => {
    if (status === 'closed' && session.minutes.isJoined) setProvider(providerOf(session.minutes));
  }, [status, session]);

  const peerId = selfId ?? selfName;
  useEffect(() => {
    provider.setUser({ name: selfName, color: personColour(peerId) });
  }, [provider, selfName, peerId]);

  return provider;
}
