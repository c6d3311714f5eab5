import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import type { Language } from './format';
import { ja, type MessageKey } from './ja';

export type { Language } from './format';
export type { MessageKey } from './ja';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { ja, en };
const STORAGE_KEY = 'vr.language';

/** A message to show later, translated when shown (so switching the language translates it too). */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export function translate(language: Language): Translate {
  return (key, params) => {
    const text = MESSAGES[language][key];
    return params
      ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
      : text;
  };
}

const I18nContext = createContext<I18nValue>({ language: 'ja', setLanguage: () => {}, t: translate('ja') });

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

/** Japanese unless the person switched to English on this device. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? storedLanguage());
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage, t: translate(language) }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}
