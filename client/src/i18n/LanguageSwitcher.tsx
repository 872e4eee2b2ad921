import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS, writeSetting } from '../app/local-settings';
import { currentLanguage, LANGUAGES } from './setup';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={currentLanguage(i18n.resolvedLanguage ?? i18n.language)}
        onChange={(event) => {
          writeSetting(SETTINGS.language, event.target.value);
          void i18n.changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </div>
  );
}
