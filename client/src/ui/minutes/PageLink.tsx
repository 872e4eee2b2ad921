import type { ReactNode } from 'react';
import { navigate } from '../../app/routing';

/** A real link (a new tab works too) that stays in the page when clicked plainly. */
export function PageLink({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
