import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useId, useRef, useState, type DragEvent } from 'react';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { PagedTable, type ListColumn } from '../components/DataTable';
import type {
  CsvEncoding,
  FilesCommitImportMutation,
  FilesPreviewImportMutation,
  ImportKind,
} from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdminSession } from '../session';
import { useAdminSite } from '../site-context';
import { bytesOfBase64, saveBytes } from './download';
import {
  ERROR_PAGE_SIZE,
  FilesCommitMutation,
  FilesImportErrorsQuery,
  FilesPreviewMutation,
  IssuedTicketsFileQuery,
} from './operations';
import { problemDetail } from './problems';
import { templateBytes, TEMPLATES } from './templates';
import { uploadFile } from './upload';
import stylesheet from './files.css?url';

type Preview = FilesPreviewImportMutation['previewImport'];
type Commit = FilesCommitImportMutation['commitImport'];
type ErrorPage = Preview['errorPage'];
type RowError = ErrorPage['edges'][number]['node'];

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; fraction: number; filename: string }
  | { step: 'checking'; filename: string }
  | { step: 'preview'; filename: string; preview: Preview }
  | { step: 'committing'; filename: string; preview: Preview }
  | { step: 'done'; filename: string; preview: Preview; result: Commit }
  | { step: 'failed'; message: string };

const TITLES: Record<ImportKind, AdminMessageKey> = {
  VALID_TICKETS: 'admin.files.title.VALID_TICKETS',
  BULK_BOOKING: 'admin.files.title.BULK_BOOKING',
  ISSUANCE: 'admin.files.title.ISSUANCE',
  REAL_TICKET_LINKS: 'admin.files.title.REAL_TICKET_LINKS',
};

/**
 * One kind of CSV import: pick or drop a file (Shift_JIS or UTF-8), upload it with progress, see the
 * preview (counts, and the bad rows in a virtualized table that reads them from the server a page at a
 * time as it scrolls), commit only a file without errors, see the
 * result; a template CSV in the encoding the admin picks. Issuance: the result file with the passwords.
 */
export function ImportScreen({ kind, embedded = false }: { kind: ImportKind; embedded?: boolean }) {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const { session } = useAdminSession();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [templateEncoding, setTemplateEncoding] = useState<CsvEncoding>('CP932');
  const [previewImport] = useMutation(FilesPreviewMutation);
  const [commitImport] = useMutation(FilesCommitMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const check = async (file: File) => {
    setPhase({ step: 'uploading', fraction: 0, filename: file.name });
    const uploaded = await uploadFile(file, session?.token ?? '', (fraction) =>
      setPhase({ step: 'uploading', fraction, filename: file.name }),
    );
    if (!uploaded.ok) {
      const known = ['NOT_CSV', 'PAYLOAD_TOO_LARGE', 'TOO_MANY_ROWS', 'RATE_LIMITED'].includes(uploaded.code);
      setPhase({
        step: 'failed',
        message: known
          ? t(`admin.files.upload.${uploaded.code}` as AdminMessageKey)
          : t('admin.files.uploadFailed'),
      });
      return;
    }
    setPhase({ step: 'checking', filename: file.name });
    try {
      const { data } = await previewImport({
        variables: { input: { siteId: site.id, uploadId: uploaded.uploadId, kind }, first: ERROR_PAGE_SIZE },
        // Row errors: kept in this screen's state only, not normalized into the cache.
        fetchPolicy: 'no-cache',
      });
      setPhase({ step: 'preview', filename: file.name, preview: data!.previewImport });
    } catch {
      setPhase({ step: 'failed', message: t('admin.error.generic') });
    }
  };

  const commit = async (filename: string, preview: Preview) => {
    setPhase({ step: 'committing', filename, preview });
    try {
      const { data } = await commitImport({ variables: { input: { importId: preview.importId } } });
      setPhase({ step: 'done', filename, preview, result: data!.commitImport });
    } catch {
      setPhase({ step: 'failed', message: t('admin.error.generic') });
    }
  };

  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void check(file);
    if (inputRef.current) inputRef.current.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };
  const busy = phase.step === 'uploading' || phase.step === 'checking' || phase.step === 'committing';

  return (
    <div className={embedded ? 'files' : 'page admin-page admin-page--wide files'}>
      <link rel="stylesheet" href={stylesheet} precedence="admin" />
      {embedded ? <h2>{t(TITLES[kind])}</h2> : <PageHeading>{t(TITLES[kind])}</PageHeading>}
      <p>{t(`admin.files.intro.${kind}` as AdminMessageKey)}</p>
      <p className="files__columns">
        {t('admin.files.columns')} <code>{TEMPLATES[kind].header}</code>
      </p>

      <fieldset className="files__template">
        <legend>{t('admin.files.template')}</legend>
        <div className="files__radios">
          {(['CP932', 'UTF8_BOM'] as const).map((encoding) => (
            <label key={encoding} className="files__radio">
              <input
                type="radio"
                name={`${id}-template`}
                value={encoding}
                checked={templateEncoding === encoding}
                onChange={() => setTemplateEncoding(encoding)}
              />
              {t(`admin.files.encoding.${encoding}`)}
            </label>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              saveBytes(templateBytes(kind, templateEncoding), TEMPLATES[kind].filename, 'text/csv')
            }
          >
            {t('admin.files.templateDownload')}
          </button>
        </div>
      </fieldset>

      <div
        className={`files__drop${dragging ? ' files__drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`} className="field__label">
          {t('admin.files.pick')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('admin.files.pickHint')}
        </p>
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onFiles(e.target.files)}
        />
      </div>

      {phase.step === 'uploading' && (
        <div className="files__progress" role="status">
          <label htmlFor={`${id}-progress`}>{t('admin.files.uploading', { name: phase.filename })}</label>
          <progress id={`${id}-progress`} max={1} value={phase.fraction} />
          <span>{Math.round(phase.fraction * 100)}%</span>
        </div>
      )}
      {phase.step === 'checking' && (
        <p role="status" className="files__progress">
          {t('admin.files.checking', { name: phase.filename })}
        </p>
      )}
      {phase.step === 'failed' && <Alert kind="error">{phase.message}</Alert>}
      {(phase.step === 'preview' || phase.step === 'committing' || phase.step === 'done') && (
        <PreviewView
          key={phase.preview.importId}
          kind={kind}
          filename={phase.filename}
          preview={phase.preview}
          committing={phase.step === 'committing'}
          result={phase.step === 'done' ? phase.result : null}
          onCommit={() => void commit(phase.filename, phase.preview)}
        />
      )}
    </div>
  );
}

/**
 * The problems of a previewed file as the table scrolls: the first page came with the preview, the next
 * is read (importErrors) when the view nears the last loaded row. The file itself is never read here.
 */
function useErrorPages(importId: string, first: ErrorPage) {
  const client = useApolloClient();
  const [rows, setRows] = useState<RowError[]>(() => first.edges.map((e) => e.node));
  const [next, setNext] = useState(first.pageInfo.hasNextPage ? first.pageInfo.endCursor : null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const inFlight = useRef(false);
  const more = useCallback(() => {
    if (!next || inFlight.current || failed) return;
    inFlight.current = true;
    setLoading(true);
    void client
      .query({
        query: FilesImportErrorsQuery,
        variables: { importId, first: ERROR_PAGE_SIZE, after: next },
        fetchPolicy: 'no-cache',
      })
      .then(({ data }) => {
        const page = data!.importErrors;
        setRows((loaded) => [...loaded, ...page.edges.map((e) => e.node)]);
        setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
      })
      .catch(() => setFailed(true))
      .finally(() => {
        inFlight.current = false;
        setLoading(false);
      });
  }, [client, importId, next, failed]);
  return { rows, more, hasMore: next !== null, loading, failed };
}

function PreviewView({
  kind,
  filename,
  preview,
  committing,
  result,
  onCommit,
}: {
  kind: ImportKind;
  filename: string;
  preview: Preview;
  committing: boolean;
  result: Commit | null;
  onCommit: () => void;
}) {
  const { t, language } = useAdminI18n();
  const errors = useErrorPages(preview.importId, preview.errorPage);
  const columns: ListColumn<RowError>[] = [
    { accessorKey: 'line', header: t('admin.files.error.line') },
    {
      accessorKey: 'column',
      header: t('admin.files.error.column'),
      cell: (c) => c.getValue<string | null>() ?? '—',
    },
    {
      id: 'value',
      header: t('admin.files.error.value'),
      cell: (c) => {
        const value = c.row.original.value;
        return value === null ? '—' : value === '' ? t('admin.files.error.empty') : value;
      },
    },
    {
      accessorKey: 'message',
      header: t('admin.files.error.reason'),
      cell: (c) => (
        <>
          {t(`admin.files.code.${c.row.original.code}` as AdminMessageKey)}
          {problemDetail(c.row.original.message, language) && (
            <span className="files__detail">{problemDetail(c.row.original.message, language)}</span>
          )}
        </>
      ),
    },
  ];
  const blocked = preview.errorCount > 0;
  return (
    <section className="files__preview" aria-labelledby="files-preview-heading">
      <h2 id="files-preview-heading">{t('admin.files.preview', { name: filename })}</h2>
      <dl className="files__counts">
        <div>
          <dt>{t('admin.files.rows')}</dt>
          <dd>{preview.rowCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>{t(`admin.files.writable.${kind}` as AdminMessageKey)}</dt>
          <dd>{preview.writableCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>{t('admin.files.unchanged')}</dt>
          <dd>{preview.unchangedCount.toLocaleString()}</dd>
        </div>
        <div className={blocked ? 'files__count--bad' : undefined}>
          <dt>{t('admin.files.errors')}</dt>
          <dd>{preview.errorCount.toLocaleString()}</dd>
        </div>
        <div>
          <dt>{t('admin.files.encodingFound')}</dt>
          <dd>{preview.encoding}</dd>
        </div>
      </dl>
      {preview.alreadyImported && <Alert kind="info">{t('admin.files.alreadyImported')}</Alert>}
      {blocked && (
        <>
          <Alert kind="warning">{t('admin.files.fixFirst', { count: preview.errorCount })}</Alert>
          <PagedTable
            caption={t('admin.files.errorTable', { count: preview.errorCount })}
            columns={columns}
            data={errors.rows}
            empty=""
            count={t('admin.files.errorsShown', {
              shown: errors.rows.length.toLocaleString(),
              total: preview.errorCount.toLocaleString(),
            })}
            hasMore={errors.hasMore}
            loading={errors.loading}
            onMore={errors.more}
          />
          {errors.failed && <Alert kind="error">{t('admin.files.errorsFailed')}</Alert>}
        </>
      )}
      {!result && (
        <div className="files__commit">
          <button
            type="button"
            className="button button--primary"
            disabled={blocked || committing}
            aria-describedby={blocked ? 'files-commit-why' : undefined}
            onClick={onCommit}
          >
            {committing ? t('admin.files.committing') : t(`admin.files.commit.${kind}` as AdminMessageKey)}
          </button>
          {blocked && (
            <p id="files-commit-why" className="field__hint">
              {t('admin.files.commitBlocked')}
            </p>
          )}
        </div>
      )}
      {result && <ResultView kind={kind} result={result} />}
    </section>
  );
}

function ResultView({ kind, result }: { kind: ImportKind; result: Commit }) {
  const { t } = useAdminI18n();
  if (!result.ok)
    return (
      <Alert kind="error" focus>
        {t('admin.files.commitFailed', { count: result.errors.length })}
      </Alert>
    );
  return (
    <>
      <Alert kind="success" focus>
        {result.alreadyImported
          ? t('admin.files.doneAlready')
          : t(`admin.files.done.${kind}` as AdminMessageKey, {
              created: result.createdCount.toLocaleString(),
              unchanged: result.unchangedCount.toLocaleString(),
            })}
      </Alert>
      {kind === 'ISSUANCE' && <IssuedFileDownload importId={result.importId} />}
    </>
  );
}

/** The issuance's result file (ticket numbers and initial passwords), in the encoding the admin picks. */
export function IssuedFileDownload({ importId }: { importId: string }) {
  const { t } = useAdminI18n();
  const client = useApolloClient();
  const [encoding, setEncoding] = useState<CsvEncoding>('CP932');
  const [failed, setFailed] = useState(false);
  const id = useId();
  const download = async () => {
    setFailed(false);
    try {
      const { data } = await client.query({
        query: IssuedTicketsFileQuery,
        variables: { importId, encoding },
        fetchPolicy: 'network-only',
      });
      const file = data!.issuedTicketsFile;
      saveBytes(bytesOfBase64(file.base64), file.filename, file.contentType);
    } catch {
      setFailed(true);
    }
  };
  return (
    <fieldset className="files__issued">
      <legend>{t('admin.files.issued.title')}</legend>
      <p className="files__warning">
        <strong>{t('admin.files.issued.warning')}</strong>
      </p>
      <div className="files__radios">
        {(['CP932', 'UTF8_BOM'] as const).map((e) => (
          <label key={e} className="files__radio">
            <input
              type="radio"
              name={`${id}-issued`}
              value={e}
              checked={encoding === e}
              onChange={() => setEncoding(e)}
            />
            {t(`admin.files.encoding.${e}`)}
          </label>
        ))}
        <button type="button" className="button button--primary" onClick={() => void download()}>
          {t('admin.files.issued.download')}
        </button>
      </div>
      {failed && <Alert kind="error">{t('admin.files.issued.failed')}</Alert>}
    </fieldset>
  );
}
