import { useId, useState } from 'react';
import { Alert } from '../../../../ui/Alert';
import { problemDetail } from '../../files/problems';
import { useTicketImport } from '../../hooks/useTicketImport';
import { useAdminI18n, type AdminMessageKey } from '../../i18n/admin-i18n';
import { ticketsCsvOf } from '../../slot-pattern';
import { TextAreaField } from '../FormFields';
import { WizardButtons } from './SettingsStep';

/**
 * Eligible tickets: a CSV file, or a few typed numbers sent as a generated CSV through the same
 * upload + preview + commit path; the preview shows every bad row before anything is written.
 */
export function TicketsStep({
  siteId,
  onDone,
  onBack,
}: {
  siteId: string;
  onDone: (message?: string) => void;
  onBack?: (() => void) | undefined;
}) {
  const { t, language } = useAdminI18n();
  const fileId = useId();
  const { check, commit, preview, busy, reset } = useTicketImport(siteId);
  const [file, setFile] = useState<File | null>(null);
  const [typed, setTyped] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  // For typed tickets: the typed line of each row of the generated CSV (whose line 1 is its header).
  const [typedLines, setTypedLines] = useState<number[] | null>(null);
  const shownLine = (csvLine: number) => (typedLines ? (typedLines[csvLine - 2] ?? csvLine) : csvLine);

  const onCheck = async () => {
    setInputError(undefined);
    setFailure(null);
    let blob: Blob;
    let filename: string;
    setTypedLines(null);
    if (file) {
      blob = file;
      filename = file.name;
    } else {
      if (!typed.trim()) {
        setInputError(t('admin.validation.ticketsOrFile'));
        return;
      }
      const parsed = ticketsCsvOf(typed);
      if ('badLines' in parsed) {
        setInputError(
          t('admin.validation.tickets', { line: parsed.badLines.join(language === 'ja' ? '、' : ', ') }),
        );
        return;
      }
      setTypedLines(parsed.typedLines);
      blob = new Blob([parsed.csv], { type: 'text/csv' });
      filename = 'tickets.csv';
    }
    const outcome = await check(blob, filename);
    if (outcome !== 'ok')
      setFailure(t(outcome === 'uploadFailed' ? 'admin.error.generic' : 'admin.error.network'));
  };

  const onCommit = async () => {
    const result = await commit();
    if (result.ok) onDone(t('admin.wizard.ticketsDone', { count: result.created }));
    else setFailure(t('admin.error.form'));
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void (preview && preview.errorCount === 0 && preview.writableCount + preview.unchangedCount > 0
          ? onCommit()
          : onCheck());
      }}
    >
      <p>{t('admin.wizard.tickets.intro')}</p>
      {failure && <Alert kind="error">{failure}</Alert>}
      <div className="field">
        <label htmlFor={fileId} className="field__label">
          {t('admin.wizard.ticketsFile')}
        </label>
        <input
          id={fileId}
          className="field__input"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            reset();
          }}
        />
      </div>
      <TextAreaField
        label={t('admin.wizard.ticketsTyped')}
        hint={t('admin.wizard.ticketsTypedHint')}
        rows={5}
        value={typed}
        error={inputError}
        onChange={(event) => {
          setTyped(event.target.value);
          reset();
        }}
      />
      {preview && (
        <Alert kind={preview.errorCount > 0 ? 'error' : 'info'}>
          <p>
            {t('admin.wizard.ticketsPreview', {
              rows: preview.rowCount,
              writable: preview.writableCount,
              unchanged: preview.unchangedCount,
              errors: preview.errorCount,
            })}
          </p>
          {preview.errorPage.edges.length > 0 && (
            <ul className="ticket-errors">
              {preview.errorPage.edges.map(({ node: e }) => (
                <li key={`${e.line}-${e.column ?? ''}-${e.code}`}>
                  {t('admin.wizard.ticketsErrorLine', {
                    line: shownLine(e.line),
                    column: e.column ?? '',
                    message: [
                      t(`admin.files.code.${e.code}` as AdminMessageKey),
                      problemDetail(e.message, language, shownLine),
                    ]
                      .filter(Boolean)
                      .join(language === 'ja' ? '。' : '. '),
                  })}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <WizardButtons
        onBack={onBack}
        busy={busy}
        submitLabel={
          preview && preview.errorCount === 0 && preview.writableCount + preview.unchangedCount > 0
            ? t('admin.wizard.ticketsCommit')
            : t('admin.wizard.ticketsCheck')
        }
        onSkip={() => onDone()}
      />
    </form>
  );
}
