import type { ReactNode } from 'react';
import { navigate } from '../../app/routing';

/** A real link to "/" (opens in a new tab too) that stays in the page when clicked. */
export function HomeLink({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <a
      href="/"
      className={className}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate('/');
      }}
    >
      {children}
    </a>
  );
}
