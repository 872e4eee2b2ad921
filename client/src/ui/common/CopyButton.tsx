import { useEffect, useState, type ReactNode } from 'react';

interface CopyButtonProps {
  text: string;
  icon: ReactNode;
  label: string;
  copiedLabel: string;
  className?: string;
  labelClassName?: string;
}

/** Copies a text, saying so for two seconds. Hidden where the Clipboard API is missing. */
export function CopyButton({ text, icon, label, copiedLabel, className = '', labelClassName }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);

  // The Clipboard API exists in secure contexts only (https, localhost).
  if (!navigator.clipboard) return null;
  return (
    <button
      type="button"
      className={`button ghost small ${className}`.trim()}
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => undefined,
        );
      }}
    >
      {icon}
      <span className={labelClassName} aria-live="polite">
        {copied ? copiedLabel : label}
      </span>
    </button>
  );
}
