import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { SETTINGS } from '../app/local-settings';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGES = [
  { code: 'fr', label: 'Français' },
  { code: 'en', label: 'English' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/**
 * French first: it is the fallback for any language we do not have. A choice made in the
 * language switcher is kept in localStorage and wins over the browser's languages.
 */
export function setUpI18n(): typeof i18n {
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { fr: { translation: fr }, en: { translation: en } },
      supportedLngs: LANGUAGES.map((language) => language.code),
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'fr',
      // Both languages ship in the bundle: ready synchronously, no flash of keys.
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already.
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: SETTINGS.language,
        // Only an explicit choice is remembered (LanguageSwitcher), not what the browser said.
        caches: [],
      },
      react: { useSuspense: false },
    });
  const followLanguage = (language: string) => {
    document.documentElement.lang = currentLanguage(language);
  };
  followLanguage(i18n.resolvedLanguage ?? i18n.language);
  i18n.on('languageChanged', followLanguage);
  return i18n;
}

export function currentLanguage(language: string | undefined): LanguageCode {
  const base = language?.slice(0, 2);
  return LANGUAGES.find((candidate) => candidate.code === base)?.code ?? 'fr';
}
