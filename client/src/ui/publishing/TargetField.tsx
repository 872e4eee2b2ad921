import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface TargetFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string | undefined;
  /** The field the save was refused for: marked invalid and described by the form's message. */
  problemId?: string | undefined;
}

/** One labelled input of a target's settings. */
export function TargetField({ label, value, onChange, hint, problemId, ...input }: TargetFieldProps) {
  const id = useId();
  const hintId = useId();
  const describedBy = [hint ? hintId : null, problemId ?? null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...(problemId ? { 'aria-invalid': true } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        {...input}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * A write-only secret: never shown back. When one is stored the field says so and may stay
 * empty to keep it.
 */
export function SecretField({ label, value, onChange, isSet, problemId }: { label: string; value: string; onChange(value: string): void; isSet: boolean; problemId?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <TargetField
      label={label}
      type="password"
      autoComplete="new-password"
      value={value}
      onChange={onChange}
      placeholder={isSet ? t('publishing.targets.secretSet') : ''}
      hint={isSet ? t('publishing.targets.secretKeep') : undefined}
      problemId={problemId}
      maxLength={500}
    />
  );
}
