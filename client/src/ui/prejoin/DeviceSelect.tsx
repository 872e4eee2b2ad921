import { useId } from 'react';
import type { DeviceOption } from '../../call/call-state';

interface DeviceSelectProps {
  label: string;
  options: DeviceOption[];
  value: string | null;
  onChange(deviceId: string): void;
}

/** A labelled <select> of cameras or microphones; disabled until the browser lists some. */
export function DeviceSelect({ label, options, value, onChange }: DeviceSelectProps) {
  const id = useId();
  const selected = options.some((option) => option.deviceId === value) ? (value ?? '') : (options[0]?.deviceId ?? '');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={selected}
        disabled={options.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.length === 0 && <option value="">—</option>}
        {options.map((option) => (
          <option key={option.deviceId} value={option.deviceId}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
