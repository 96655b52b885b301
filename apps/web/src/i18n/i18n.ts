import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ja from './locales/ja.json';

export const LANGUAGES = ['ja', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'tsunagu.language';

// Japanese unless the visitor chose English before; the browser's language is not guessed,
// because most visitors are Japanese speakers whose phones may be set otherwise.
function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja'; // storage blocked (private mode, strict settings)
  }
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // the choice then lasts only for this visit
  }
});

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en satisfies typeof ja } },
  lng: storedLanguage(),
  fallbackLng: 'ja',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});
