import { useTranslation } from 'react-i18next';

/*
 * The archive is served by the server itself (not a page of this app), so these are plain
 * links: the browser loads the page.
 */

/** The room's archive of published minutes, open to everyone. */
export function ArchiveLink({ room }: { room: string }) {
  const { t } = useTranslation();
  return <a href={`/archive/${encodeURIComponent(room)}`}>{t('publishing.archive.room')}</a>;
}

/** One published report's permanent page. */
export function ReportArchiveLink({ url }: { url: string }) {
  const { t } = useTranslation();
  return <a href={url}>{t('publishing.archive.report')}</a>;
}
