import { useState, type ReactNode } from 'react';
import { Alert } from '../../../ui/Alert';
import { useAdminI18n } from '../i18n/admin-i18n';

/**
 * A secret the server answers once (an API key, a webhook signing secret): the value, a warning that it will not
 * be shown again, a copy button with its spoken confirmation, and "saved, close". Mount it afresh (a `key`) for
 * each new secret so the copy confirmation starts empty.
 */
export function SecretShownOnce({
  id,
  title,
  heading: Heading,
  warning,
  value,
  testId,
  copyLabel,
  children,
  onDone,
}: {
  id: string;
  title: string;
  heading: 'h2' | 'h3';
  warning: string;
  value: string;
  testId: string;
  copyLabel: string;
  children?: ReactNode;
  onDone: () => void;
}) {
  const { t } = useAdminI18n();
  const [copied, setCopied] = useState(false);
  return (
    <section className="admin-secret" aria-labelledby={id}>
      <Heading id={id} className="admin-section-title">
        {title}
      </Heading>
      <Alert kind="warning">{warning}</Alert>
      <p>
        <code className="admin-secret__value" data-testid={testId}>
          {value}
        </code>
      </p>
      {children}
      <div className="admin-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(value)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copyLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('apiKeys.secretDone')}
        </button>
      </div>
      <p role="status" className="hint">
        {copied ? t('apiKeys.copied') : ''}
      </p>
    </section>
  );
}
