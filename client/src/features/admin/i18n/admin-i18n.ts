import { useMemo } from 'react';
import { useI18n, type Language } from '../../../i18n/i18n';
import { adminEn } from './en';
import { adminJa, type AdminMessageKey } from './ja';

export type { AdminMessageKey } from './ja';

const MESSAGES: Record<Language, Record<AdminMessageKey, string>> = { ja: adminJa, en: adminEn };

export type AdminTranslate = (key: AdminMessageKey, params?: Record<string, string | number>) => string;

/** The admin app's messages in the shared language (LanguageSwitch changes both apps). */
export function useAdminI18n(): { t: AdminTranslate; language: Language } {
  const { language } = useI18n();
  const t = useMemo<AdminTranslate>(
    () => (key, params) => {
      const text = MESSAGES[language][key];
      return params
        ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
        : text;
    },
    [language],
  );
  return { t, language };
}
