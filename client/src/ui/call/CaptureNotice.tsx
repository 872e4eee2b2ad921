import { useTranslation } from 'react-i18next';
import { useCallState, useSession } from '../../app/session-context';

/** Says why the camera or microphone did not turn on, until dismissed or fixed. */
export function CaptureNotice() {
  const { t } = useTranslation();
  const session = useSession();
  const { captureError } = useCallState().local;
  if (!captureError) return null;
  return (
    <div className="call-notice" role="alert">
      <p>{t(captureError === 'denied' ? 'call.deviceDenied' : 'call.deviceUnavailable')}</p>
      <button type="button" className="button ghost small" onClick={() => session.dismissCaptureError()}>
        {t('call.dismiss')}
      </button>
    </div>
  );
}
