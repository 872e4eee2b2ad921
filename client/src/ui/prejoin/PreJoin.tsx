import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNameSchema } from '@palabre/shared';
import { readSetting, SETTINGS, writeSetting } from '../../app/local-settings';
import { useCallState, useSession } from '../../app/session-context';
import { HomeLink } from '../common/HomeLink';
import { PageHeader } from '../common/PageHeader';
import { DeviceCheck } from './DeviceCheck';
import { DeviceSelect } from './DeviceSelect';
import { FirstTimeGuide } from './FirstTimeGuide';
import { PreJoinMeeting } from './PreJoinMeeting';
import { PreJoinLiveNotice } from '../live/PreJoinLiveNotice';
import { NamedInReportChoice } from '../publishing/NamedInReportChoice';

/**
 * Check your camera, microphone and speakers, say your name (no account), and join; with no
 * camera if you prefer, with no devices at all if you have none. Someone here for the first time
 * gets a short guide, and the others see that they are new.
 */
export function PreJoin({ room }: { room: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { local } = useCallState();
  const [name, setName] = useState(() => readSetting(SETTINGS.name) ?? '');
  const [audioOnly, setAudioOnly] = useState(false);
  const [firstTime, setFirstTime] = useState(false);
  const [namedInReport, setNamedInReport] = useState(false);
  const [guideOpen, setGuideOpen] = useState(false);
  const nameId = useId();
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void session.local.start();
  }, [session]);

  const join = (event: FormEvent) => {
    event.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) return;
    writeSetting(SETTINGS.name, parsed.data);
    session.join(room, parsed.data, { firstTime, namedInReport });
  };

  const chooseAudioOnly = (on: boolean) => {
    setAudioOnly(on);
    // Off closes the camera for real (its light goes out), and the call then sends none.
    void session.local.setCameraOn(!on);
  };

  return (
    <div className="page">
      <PageHeader />
      <main className="page-main prejoin">
        <h1>{t('prejoin.title', { room })}</h1>
        <PreJoinLiveNotice room={room} />
        <div className="prejoin__layout">
          <DeviceCheck />
          <form className="prejoin__form" onSubmit={join}>
            {local.captureError && (
              <p className="notice" role="note">
                {t(local.captureError === 'denied' ? 'prejoin.denied' : 'prejoin.unavailable')}
              </p>
            )}
            <DeviceSelect
              label={t('prejoin.camera')}
              options={local.cameras}
              value={local.cameraId}
              onChange={(deviceId) => void session.local.selectCamera(deviceId)}
            />
            <label className="checkbox">
              <input type="checkbox" checked={audioOnly} onChange={(event) => chooseAudioOnly(event.target.checked)} />
              {t('prejoin.audioOnly')}
            </label>
            <DeviceSelect
              label={t('prejoin.microphone')}
              options={local.microphones}
              value={local.microphoneId}
              onChange={(deviceId) => void session.local.selectMicrophone(deviceId)}
            />
            <div className="field">
              <label htmlFor={nameId}>{t('prejoin.name')}</label>
              <input
                ref={nameInput}
                id={nameId}
                type="text"
                value={name}
                onChange={(event) => setName(event.target.value)}
                placeholder={t('prejoin.namePlaceholder')}
                autoComplete="nickname"
                maxLength={48}
                required
                autoFocus
              />
              <p className="hint">{t('prejoin.noAccount')}</p>
            </div>
            <NamedInReportChoice checked={namedInReport} onChange={setNamedInReport} />
            <div className="prejoin__first-time">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={firstTime}
                  onChange={(event) => {
                    setFirstTime(event.target.checked);
                    if (event.target.checked) setGuideOpen(true);
                  }}
                />
                {t('prejoin.firstTime')}
              </label>
              <button type="button" className="button small ghost" onClick={() => setGuideOpen(true)}>
                {t('prejoin.openGuide')}
              </button>
            </div>
            <div className="actions">
              <button type="submit" className="button primary" disabled={name.trim() === ''}>
                {t('prejoin.join')}
              </button>
              <HomeLink className="button">{t('prejoin.home')}</HomeLink>
            </div>
          </form>
        </div>
        <PreJoinMeeting room={room} name={name} onNameMissing={() => nameInput.current?.focus()} />
        <FirstTimeGuide room={room} open={guideOpen} onClose={() => setGuideOpen(false)} />
      </main>
    </div>
  );
}
