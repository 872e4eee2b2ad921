import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One target of the form: a checkbox turns it on, and only then are its settings asked. */
export function TargetFieldset({ legend, enabled, onEnabled, children }: { legend: string; enabled: boolean; onEnabled(enabled: boolean): void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="publishing-target">
      <legend>{legend}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => onEnabled(event.target.checked)} />
        {t('publishing.targets.enable', { target: legend })}
      </label>
      {enabled && <div className="publishing-target__fields">{children}</div>}
    </fieldset>
  );
}
