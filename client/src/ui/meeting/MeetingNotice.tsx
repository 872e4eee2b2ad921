import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MeetingNotice as Notice } from '../../facilitation/facilitation-state';
import { useMeetingState, useSession } from '../../app/session-context';

/**
 * A short notice: a facilitator muted us, our role changed, a request was refused. It goes by
 * itself after a few seconds. The live region is always in the page so the notice is read out.
 */
export function MeetingNotice() {
  const { t } = useTranslation();
  const session = useSession();
  const { notice } = useMeetingState();
  return (
    <div className="meeting-notice" aria-live="polite">
      {notice && (
        <div className="call-notice">
          <p>{noticeText(notice, t)}</p>
          <button type="button" className="button ghost small" onClick={() => session.meeting.dismissNotice(notice.id)}>
            {t('call.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

function noticeText(notice: Notice, t: TFunction): string {
  switch (notice.kind) {
    case 'muted':
      return t('notice.mutedBy', { name: notice.byName });
    case 'role':
      return notice.role === 'facilitator' ? t('notice.nowFacilitator') : t('notice.noLongerFacilitator');
    case 'failed':
      switch (notice.code) {
        case 'FORBIDDEN':
          return t('notice.forbidden');
        case 'NOT_FOUND':
          return t('notice.notFound');
        case 'DISCONNECTED':
        case 'TIMEOUT':
          return t('notice.disconnected');
        default:
          return t('notice.failed');
      }
  }
}
