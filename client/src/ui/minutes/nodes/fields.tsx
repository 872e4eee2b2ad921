interface CountFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
}

/** A small vote count: whole numbers from 0. */
export function CountField({ label, value, onChange }: CountFieldProps) {
  return (
    <label className="minutes-count">
      <span>{label}</span>
      <input
        className="minutes-field minutes-field--count"
        type="number"
        min={0}
        max={100000}
        step={1}
        value={value}
        onChange={(event) => onChange(Math.max(0, Math.floor(Number(event.target.value) || 0)))}
      />
    </label>
  );
}
