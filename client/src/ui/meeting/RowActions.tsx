import { useId, useRef, useState, type ReactNode } from 'react';
import { MoreIcon } from '../common/icons';

interface RowActionsProps {
  /** The toggle's name, saying whose actions they are ("Actions for Bob"). */
  label: string;
  /** The row's own content: rendered on one line with the toggle at its end. */
  line?: ReactNode;
  /** The actions; null renders the line alone (someone who may not act on it). */
  children: ReactNode;
}

/**
 * A row's less frequent actions (give the floor to this person, move this item...), behind
 * one small button: a queue or an agenda of 25 rows stays readable, and each row's actions are
 * named for it without repeating "Move up" 25 times down the page. Escape closes them.
 */
export function RowActions({ label, line, children }: RowActionsProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const button = children ? (
    <button
      ref={toggle}
      type="button"
      className="row-actions__toggle"
      aria-label={label}
      aria-expanded={open}
      aria-controls={id}
      onClick={() => setOpen((value) => !value)}
    >
      <MoreIcon />
    </button>
  ) : null;
  const panel = children ? (
    <div
      id={id}
      className="row-actions"
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      {open && children}
    </div>
  ) : null;
  if (line === undefined) {
    return (
      <>
        {button}
        {panel}
      </>
    );
  }
  return (
    <>
      <div className="row-line">
        <div className="row-line__content">{line}</div>
        {button}
      </div>
      {panel}
    </>
  );
}
