import { zodResolver } from '@hookform/resolvers/zod';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, type ListColumn } from '../components/DataTable';
import { AdminLoading } from '../components/Pages';
import { bytesOfBase64, saveBytes } from '../files/download';
import { ImportScreen } from '../files/ImportScreen';
import type { CsvEncoding, RealTicketsUnlinkedQuery } from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import {
  ExportUnlinkedQuery,
  FindTicketQuery,
  LinkRealTicketMutation,
  UnlinkedTicketsQuery,
} from './operations';
import { cameraAvailable, qrDetector } from './barcode';
import { linkSchema, normalizeLine, type LinkValues } from './ticket-line';
import stylesheet from './real-tickets.css?url';

type Unlinked = RealTicketsUnlinkedQuery['realTicketLinks']['edges'][number]['node'];

/**
 * Real tickets arrive later (workplace and university sites): link a provisional ticket to the real
 * ticket's 18-digit line, typed, pasted, from a keyboard-wedge scanner or the camera (the browser's
 * BarcodeDetector, else the barcode-detector ponyfill); who is still unlinked, and their export; the same in bulk from a CSV.
 */
export function RealTicketsRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const unlinked = useQuery(UnlinkedTicketsQuery, { variables: { siteId: site.id } });
  return (
    <div className="page admin-page admin-page--wide real-tickets">
      <link rel="stylesheet" href={stylesheet} precedence="admin" />
      <PageHeading>{t('admin.realTickets.title')}</PageHeading>
      <p>{t('admin.realTickets.intro')}</p>
      <LinkForm onLinked={() => void unlinked.refetch()} />
      <UnlinkedList
        data={unlinked.data}
        onMore={(after) => void unlinked.fetchMore({ variables: { after } })}
      />
      <ImportScreen kind="REAL_TICKET_LINKS" embedded />
    </div>
  );
}

const FIELD_ERRORS: Record<string, AdminMessageKey> = {
  provisional: 'admin.realTickets.v.provisional',
  line: 'admin.realTickets.v.line',
};

function LinkForm({ onLinked }: { onLinked: () => void }) {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const client = useApolloClient();
  const [link] = useMutation(LinkRealTicketMutation);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const form = useForm<LinkValues>({
    resolver: zodResolver(linkSchema),
    defaultValues: { provisionalNumber: '', line: '' },
  });
  const { register, handleSubmit, setError, setValue, setFocus, reset, formState } = form;

  const onSubmit = handleSubmit(async (raw) => {
    const values = linkSchema.parse(raw);
    setDone(null);
    try {
      const found = await client.query({
        query: FindTicketQuery,
        variables: { siteId: site.id, search: values.provisionalNumber },
        fetchPolicy: 'network-only',
      });
      const ticket = found.data?.tickets.edges.find((e) => e.node.number === values.provisionalNumber)?.node;
      if (!ticket) {
        setError('provisionalNumber', { message: t('admin.realTickets.v.unknown') }, { shouldFocus: true });
        return;
      }
      const { data } = await link({ variables: { input: { ticketId: ticket.id, line: values.line } } });
      const result = data!.linkRealTicket;
      if (result.ok && result.link) {
        setDone(
          t('admin.realTickets.linked', {
            provisional: result.link.provisionalNumber,
            code: result.link.realMunicipalityCode ?? '',
            number: result.link.realNumber ?? '',
          }),
        );
        reset();
        setFocus('provisionalNumber');
        onLinked();
        return;
      }
      const code = result.error?.code;
      if (code === 'NOT_PROVISIONAL')
        setError(
          'provisionalNumber',
          { message: t('admin.realTickets.e.NOT_PROVISIONAL') },
          { shouldFocus: true },
        );
      else
        setError(
          'line',
          {
            message:
              code === 'ALREADY_LINKED_ELSEWHERE'
                ? t('admin.realTickets.e.ALREADY_LINKED_ELSEWHERE', {
                    number: result.error?.linkedTicketNumber ?? '',
                  })
                : code === 'INVALID_MUNICIPALITY_CODE'
                  ? t('admin.realTickets.e.INVALID_MUNICIPALITY_CODE')
                  : t('admin.realTickets.v.line'),
          },
          { shouldFocus: true },
        );
    } catch {
      setError('root', { message: t('admin.error.generic') });
    }
  });

  const message = (name: 'provisionalNumber' | 'line') => {
    const m = formState.errors[name]?.message;
    return m ? (FIELD_ERRORS[m] ? t(FIELD_ERRORS[m]) : m) : null;
  };
  const field = (name: 'provisionalNumber' | 'line', label: AdminMessageKey, hint: AdminMessageKey) => {
    const error = message(name);
    return (
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-${name}`}>
          {t(label)}
        </label>
        <p id={`${id}-${name}-hint`} className="field__hint">
          {t(hint)}
        </p>
        <input
          id={`${id}-${name}`}
          className="field__input"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-${name}-hint${error ? ` ${id}-${name}-err` : ''}`}
          {...register(name)}
        />
        {error && (
          <p id={`${id}-${name}-err`} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="real-tickets__link">
      <h2 id={`${id}-h`}>{t('admin.realTickets.linkTitle')}</h2>
      {done && <Alert kind="success">{done}</Alert>}
      {formState.errors.root?.message && <Alert kind="error">{formState.errors.root.message}</Alert>}
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        {field('provisionalNumber', 'admin.realTickets.provisional', 'admin.realTickets.provisionalHint')}
        {field('line', 'admin.realTickets.line', 'admin.realTickets.lineHint')}
        <CameraScan
          onRead={(value) => {
            setValue('line', normalizeLine(value), { shouldValidate: true });
            setFocus('line');
          }}
        />
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t('admin.realTickets.link')}
        </button>
      </form>
    </section>
  );
}

/**
 * The camera, read by the browser's own BarcodeDetector or, where there is none (Firefox, Safari, Chromium on
 * Linux), by the barcode-detector ponyfill with the WebAssembly served from our own server.
 */
function CameraScan({ onRead }: { onRead: (value: string) => void }) {
  const { t } = useAdminI18n();
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const canScan = cameraAvailable();
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    setFailed(false);
    void Promise.all([
      qrDetector(),
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
    ])
      .then(async ([detector, s]) => {
        stream = s;
        if (stopped || !video.current) {
          s.getTracks().forEach((track) => track.stop());
          return;
        }
        video.current.srcObject = s;
        await video.current.play();
        let busy = false;
        timer = setInterval(() => {
          // One detection at a time: the WebAssembly reader may take longer than a tick on a slow phone.
          if (!video.current || busy || video.current.readyState < 2) return;
          busy = true;
          void detector
            .detect(video.current)
            .then((codes) => {
              const value = codes.find((c) => /\d{18}/.test(normalizeLine(c.rawValue)))?.rawValue;
              if (value && !stopped) {
                stopped = true;
                onRead(/\d{18}/.exec(normalizeLine(value))![0]);
                setOn(false);
              }
            })
            .catch(() => undefined)
            .finally(() => {
              busy = false;
            });
        }, 250);
      })
      .catch(() => {
        setFailed(true);
        setOn(false);
      });
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, onRead]);

  if (!canScan)
    return <p className="field__hint real-tickets__no-camera">{t('admin.realTickets.noDetector')}</p>;
  return (
    <div className="real-tickets__camera">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={on}
        onClick={() => setOn((v) => !v)}
      >
        {on ? t('admin.realTickets.cameraStop') : t('admin.realTickets.camera')}
      </button>
      {failed && <p className="field__error">{t('admin.realTickets.cameraFailed')}</p>}
      {on && (
        <video
          ref={video}
          className="real-tickets__video"
          muted
          playsInline
          aria-label={t('admin.realTickets.cameraView')}
        />
      )}
    </div>
  );
}

function UnlinkedList({
  data,
  onMore,
}: {
  data: RealTicketsUnlinkedQuery | undefined;
  onMore: (after: string) => void;
}) {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const client = useApolloClient();
  const [encoding, setEncoding] = useState<CsvEncoding>('CP932');
  const [failed, setFailed] = useState(false);
  const id = useId();
  const columns: ListColumn<Unlinked>[] = [
    { accessorKey: 'provisionalNumber', header: t('admin.realTickets.provisional') },
    {
      accessorKey: 'externalId',
      header: t('admin.realTickets.externalId'),
      cell: (c) => c.getValue<string | null>() ?? '—',
    },
  ];
  const exportFile = async () => {
    setFailed(false);
    try {
      const { data: file } = await client.query({
        query: ExportUnlinkedQuery,
        variables: { input: { siteId: site.id, encoding } },
        fetchPolicy: 'network-only',
      });
      const f = file!.exportUnlinkedTickets;
      saveBytes(bytesOfBase64(f.base64), f.filename, f.contentType);
    } catch {
      setFailed(true);
    }
  };
  const rows = data?.realTicketLinks.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby={`${id}-h`} className="real-tickets__unlinked">
      <h2 id={`${id}-h`}>{t('admin.realTickets.unlinkedTitle')}</h2>
      {!data ? (
        <AdminLoading />
      ) : (
        <>
          <p role="status">
            {t(
              data.realTicketLinks.pageInfo.hasNextPage
                ? 'admin.realTickets.unlinkedMany'
                : 'admin.realTickets.unlinkedCount',
              {
                count: rows.length,
              },
            )}
          </p>
          <DataTable
            caption={t('admin.realTickets.unlinkedTitle')}
            columns={columns}
            data={rows}
            empty={t('admin.realTickets.allLinked')}
          />
          {data.realTicketLinks.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onMore(data.realTicketLinks.pageInfo.endCursor ?? '')}
            >
              {t('admin.files.history.more')}
            </button>
          )}
          <fieldset className="files__template real-tickets__export">
            <legend>{t('admin.realTickets.export')}</legend>
            {(['CP932', 'UTF8_BOM'] as const).map((e) => (
              <label key={e} className="real-tickets__radio">
                <input
                  type="radio"
                  name={`${id}-enc`}
                  checked={encoding === e}
                  onChange={() => setEncoding(e)}
                />
                {t(`admin.files.encoding.${e}`)}
              </label>
            ))}
            <button type="button" className="button button--secondary" onClick={() => void exportFile()}>
              {t('admin.realTickets.exportButton')}
            </button>
            {failed && <Alert kind="error">{t('admin.error.generic')}</Alert>}
          </fieldset>
        </>
      )}
    </section>
  );
}
