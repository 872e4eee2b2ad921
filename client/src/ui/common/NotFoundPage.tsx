import { useTranslation } from 'react-i18next';
import { HomeLink } from './HomeLink';
import { PageHeader } from './PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader />
      <main className="page-main narrow">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.text')}</p>
        <p>
          <HomeLink className="button">{t('notFound.home')}</HomeLink>
        </p>
      </main>
    </div>
  );
}
