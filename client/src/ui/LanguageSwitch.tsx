import { useI18n, type Language } from '../i18n/i18n';

const LABELS: Record<Language, string> = { ja: '日本語', en: 'English' };

/** Two buttons, each labelled in its own language, so either reader finds theirs. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {(Object.keys(LABELS) as Language[]).map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switch__button"
          aria-pressed={language === lang}
          onClick={() => setLanguage(lang)}
        >
          {LABELS[lang]}
        </button>
      ))}
    </div>
  );
}
