import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';

/** Per-speaker limits offered; the server takes 10 s to an hour. */
const LIMITS_SECONDS = [30, 60, 120, 180, 300, 600] as const;

interface Settings {
  fairMode: boolean;
  limitSeconds: number | null;
}

/** Facilitator: how the queue is ordered and how long a turn should last. */
export function QueueSettings({ fairMode, limitSeconds }: Settings) {
  const { t } = useTranslation();
  const session = useSession();
  const fairId = useId();
  const limitId = useId();
  // What was just chosen, shown until the server has answered (its broadcast comes before its
  // answer), so the control does not jump back to the old value meanwhile.
  const [pending, setPending] = useState<Partial<Settings>>({});
  const shown = { fairMode: pending.fairMode ?? fairMode, limitSeconds: 'limitSeconds' in pending ? pending.limitSeconds! : limitSeconds };

  const change = (settings: Partial<Settings>) => {
    setPending((current) => ({ ...current, ...settings }));
    const request = {
      ...(settings.fairMode !== undefined ? { fairMode: settings.fairMode } : {}),
      ...('limitSeconds' in settings ? { speakerLimitSeconds: settings.limitSeconds ?? null } : {}),
    };
    void session.meeting.configure(request).finally(() =>
      setPending((current) => {
        const rest = { ...current };
        for (const key of Object.keys(settings) as (keyof Settings)[]) if (rest[key] === settings[key]) delete rest[key];
        return rest;
      }),
    );
  };

  // A limit set from elsewhere (another client, a later version) is still shown as it is.
  const limits =
    shown.limitSeconds === null || LIMITS_SECONDS.some((limit) => limit === shown.limitSeconds)
      ? LIMITS_SECONDS
      : [...LIMITS_SECONDS, shown.limitSeconds].sort((a, b) => a - b);
  const limitLabel = (seconds: number) => (seconds < 60 ? t('queue.seconds', { count: seconds }) : t('queue.minutes', { count: seconds / 60 }));

  return (
    <div className="queue-settings">
      <div className="queue-settings__row">
        <input id={fairId} type="checkbox" checked={shown.fairMode} onChange={(event) => change({ fairMode: event.target.checked })} />
        <label htmlFor={fairId}>{t('queue.fairMode')}</label>
      </div>
      <div className="queue-settings__row queue-settings__row--select">
        <label htmlFor={limitId}>{t('queue.limit')}</label>
        <select
          id={limitId}
          value={shown.limitSeconds ?? ''}
          onChange={(event) => change({ limitSeconds: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('queue.noLimit')}</option>
          {limits.map((seconds) => (
            <option key={seconds} value={seconds}>
              {limitLabel(seconds)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
