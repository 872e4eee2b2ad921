import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../i18n/LanguageSwitcher';
import { HomeLink } from './HomeLink';
import { Logo } from './icons';

/** The top bar of every page. In a call the brand is not a link: one click would leave. */
export function PageHeader({ children, linkHome = true }: { children?: ReactNode; linkHome?: boolean }) {
  const { t } = useTranslation();
  const brand = (
    <>
      <Logo />
      <span>{t('app.name')}</span>
    </>
  );
  return (
    <header className="page-header">
      {linkHome ? <HomeLink className="brand">{brand}</HomeLink> : <span className="brand">{brand}</span>}
      <div className="page-header__middle">{children}</div>
      <LanguageSwitcher />
    </header>
  );
}
