import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, roomPath } from '../../app/routing';
import { normalizeRoomName, randomRoomName } from '../../rooms/room-names';
import { PageHeader } from '../common/PageHeader';
import { ListedRooms } from './ListedRooms';

export function HomePage() {
  const { t } = useTranslation();
  const [roomInput, setRoomInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const createRoom = (event: FormEvent) => {
    event.preventDefault();
    const typed = roomInput.trim();
    const room = typed === '' ? randomRoomName() : normalizeRoomName(typed);
    if (!room) {
      setInvalid(true);
      return;
    }
    navigate(roomPath(room));
  };

  return (
    <div className="page">
      <PageHeader />
      <main className="page-main home">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <form className="home-form" onSubmit={createRoom} noValidate>
          <label htmlFor={inputId}>{t('home.roomLabel')}</label>
          <div className="home-form__row">
            <input
              id={inputId}
              type="text"
              value={roomInput}
              onChange={(event) => {
                setRoomInput(event.target.value);
                setInvalid(false);
              }}
              maxLength={64}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
              aria-invalid={invalid || undefined}
            />
            <button type="submit" className="button primary">
              {t('home.create')}
            </button>
          </div>
          <p id={hintId} className="hint">
            {t('home.roomHint')}
          </p>
          {invalid && (
            <p id={errorId} className="error" role="alert">
              {t('home.roomInvalid')}
            </p>
          )}
        </form>
        <ListedRooms />
      </main>
    </div>
  );
}
