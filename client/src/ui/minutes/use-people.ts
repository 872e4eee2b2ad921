import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface PersonInMinutes {
  clientId: number;
  name: string;
  color: string;
  typing: boolean;
}

/** Someone counts as typing this long after their last edit. */
export const TYPING_MS = 4_000;

interface AwarenessFields {
  user?: { name?: unknown; color?: unknown };
  typingAt?: unknown;
}

/** The others with the minutes open, from the awareness states (ourselves left out). */
export function peopleIn(awareness: Awareness, now: number): PersonInMinutes[] {
  const people: PersonInMinutes[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const { user, typingAt } = state as AwarenessFields;
    if (clientId === awareness.clientID || typeof user?.name !== 'string') return;
    people.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '',
      typing: typeof typingAt === 'number' && now - typingAt < TYPING_MS,
    });
  });
  return people.sort((a, b) => a.name.localeCompare(b.name));
}

/** Re-reads on every awareness change, and once a second while someone is typing (it wears off). */
export function usePeople(awareness: Awareness): PersonInMinutes[] {
  const [people, setPeople] = useState(() => peopleIn(awareness, Date.now()));
  useEffect(() => {
    const read = () => setPeople(peopleIn(awareness, Date.now()));
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  const someoneTyping = people.some((person) => person.typing);
  useEffect(() => {
    if (!someoneTyping) return;
    const timer = setInterval(() => setPeople(peopleIn(awareness, Date.now())), 1_000);
    return () => clearInterval(timer);
  }, [awareness, someoneTyping]);
  return people;
}
