import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNameSchema } from '@palabre/shared';
import { readSetting, SETTINGS, writeSetting } from '../../app/local-settings';
import { minutesPath } from '../../app/routing';
import { useCallState, useSession } from '../../app/session-context';
import { HomeLink } from '../common/HomeLink';
import { PageHeader } from '../common/PageHeader';
import { VideoView } from '../common/VideoView';
import { PageLink } from '../minutes/PageLink';
import { DeviceSelect } from './DeviceSelect';
import { PreJoinAgenda } from './PreJoinAgenda';

/** Check your camera and microphone, say your name, and join. Works with no devices at all. */
export function PreJoin({ room }: { room: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { local } = useCallState();
  const [name, setName] = useState(() => readSetting(SETTINGS.name) ?? '');
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
    session.join(room, parsed.data);
  };

  return (
    <div className="page">
      <PageHeader />
      <main className="page-main prejoin">
        <h1>{t('prejoin.title', { room })}</h1>
        <div className="prejoin__layout">
          <div className="prejoin__preview">
            {local.cameraTrackId ? (
              <VideoView trackId={local.cameraTrackId} className="mirrored" label={t('prejoin.preview')} />
            ) : (
              <div className="prejoin__no-camera">{t('prejoin.cameraOff')}</div>
            )}
          </div>
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
            </div>
            <div className="actions">
              <button type="submit" className="button primary" disabled={name.trim() === ''}>
                {t('prejoin.join')}
              </button>
              <HomeLink className="button">{t('prejoin.home')}</HomeLink>
            </div>
          </form>
        </div>
        <PreJoinAgenda room={room} name={name} onNameMissing={() => nameInput.current?.focus()} />
        <p className="prejoin__minutes">
          <PageLink to={minutesPath(room)}>{t('minutes.history.link')}</PageLink>
        </p>
      </main>
    </div>
  );
}
