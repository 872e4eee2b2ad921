import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roomPath } from '../../app/routing';
import { instanceSubscribeUrl } from '../../schedule/calendar-links';
import { fetchListedRooms } from '../../schedule/schedule-api';
import type { RoomListing } from '../../schedule/schedule-types';
import { byNextMeeting } from '../../schedule/room-listing';
import { browserTimeZone } from '../../schedule/zoned-date';
import { PageLink } from '../minutes/PageLink';
import { useOccurrenceText } from '../schedule/use-occurrence-text';

/** The rooms their facilitators list on this instance, the soonest meeting first. */
export function ListedRooms() {
  const { t, i18n } = useTranslation();
  const [rooms, setRooms] = useState<RoomListing[] | null>(null);
  const [failed, setFailed] = useState(false);
  const headingId = useId();
  const language = i18n.resolvedLanguage ?? i18n.language;

  useEffect(() => {
    const controller = new AbortController();
    fetchListedRooms(controller.signal)
      .then(setRooms)
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return rooms ? byNextMeeting(rooms, collator.compare) : [];
  }, [rooms, language]);

  // Nothing listed (or nothing to say): the home page stays the simple "open a room" page.
  if (failed || sorted.length === 0) return null;
  return (
    <section className="listed-rooms" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.rooms')}</h2>
      <ul className="listed-rooms__list" aria-label={t('home.rooms')}>
        {sorted.map((listing) => (
          <ListedRoom key={listing.room} listing={listing} />
        ))}
      </ul>
      <p className="calendar-links">
        <a className="button small ghost" href={instanceSubscribeUrl(window.location.host)}>
          {t('home.subscribeAll')}
        </a>
      </p>
    </section>
  );
}

function ListedRoom({ listing }: { listing: RoomListing }) {
  const { t } = useTranslation();
  // The listing carries no zone: the viewer's own is the one that matters on the home page.
  const describe = useOccurrenceText(browserTimeZone());
  const next = listing.next;
  return (
    <li className="listed-rooms__room">
      <PageLink to={roomPath(listing.room)} className="listed-rooms__link">
        {listing.title || listing.room}
      </PageLink>
      <span className="listed-rooms__next">
        {next ? (
          <>
            <time dateTime={new Date(next.start).toISOString()}>{describe(next).when}</time>
            {next.cancelled && <span className="upcoming__mark upcoming__mark--cancelled">{t('schedule.cancelled')}</span>}
          </>
        ) : (
          t('home.nothingPlanned')
        )}
      </span>
    </li>
  );
}
