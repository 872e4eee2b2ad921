import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Consent to appear by name in the published minutes; off unless the person ticks it. */
export function NamedInReportChoice({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="named-in-report">
      <label className="checkbox">
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
        {t('publishing.consent.label')}
      </label>
      <p id={hintId} className="hint">
        {t('publishing.consent.hint')}
      </p>
    </div>
  );
}
