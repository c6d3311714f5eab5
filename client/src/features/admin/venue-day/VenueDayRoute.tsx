import { zodResolver } from '@hookform/resolvers/zod';
import { useLazyQuery, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading } from '../components/Pages';
import { fieldErrorsOf } from '../hooks/server-errors';
import type { VenueDayRowFragment } from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey, type AdminTranslate } from '../i18n/admin-i18n';
import {
  clockOf,
  instantAt,
  nowInSite,
  readDeskId,
  todayInSite,
  vaccinationSchema,
  writeDeskId,
  type VaccinationValues,
} from './desk';
import {
  CheckInMutation,
  MarkNoShowMutation,
  RecordVaccinationMutation,
  UndoVenueActionMutation,
  VenueDayChangedSubscription,
  VenueDayQuery,
  VenueDaySearchQuery,
  VenueDayVenuesQuery,
  VenueDeskDefaultsQuery,
} from './operations';
import stylesheet from './venue-day.css?url';

type Row = VenueDayRowFragment;
type Notice = { kind: 'success' | 'error'; text: string } | null;

/**
 * The venue day on a tablet (venue staff): the day's people by slot with live counts, search by ticket
 * number, kana or a scanned line, and check-in, the vaccination record, no-show and undo. Other tablets'
 * work arrives through venueDayChanged (no polling).
 */
export function VenueDayRoute() {
  const { t } = useAdminI18n();
  const venues = useQuery(VenueDayVenuesQuery);
  const [venueId, setVenueId] = useState('');
  const [date, setDate] = useState(todayInSite);
  const [deskId, setDeskId] = useState(readDeskId);
  const ids = useId();
  useEffect(() => {
    const first = venues.data?.myVenues[0];
    if (!venueId && first) setVenueId(first.id);
  }, [venues.data, venueId]);
  if (!venues.data) return <AdminLoading />;
  return (
    <div className="page admin-page admin-page--wide venue-day">
      <link rel="stylesheet" href={stylesheet} precedence="admin" />
      <PageHeading>{t('admin.venueDay.title')}</PageHeading>
      {venues.data.myVenues.length === 0 ? (
        <p>{t('admin.myVenues.empty')}</p>
      ) : (
        <>
          <div className="venue-day__controls">
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-venue`}>
                {t('admin.venueDay.venue')}
              </label>
              <select
                id={`${ids}-venue`}
                className="field__input"
                value={venueId}
                onChange={(e) => setVenueId(e.target.value)}
              >
                {venues.data.myVenues.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-date`}>
                {t('admin.venueDay.date')}
              </label>
              <input
                id={`${ids}-date`}
                className="field__input"
                type="date"
                value={date}
                onChange={(e) => e.target.value && setDate(e.target.value)}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-desk`}>
                {t('admin.venueDay.desk')}
              </label>
              <input
                id={`${ids}-desk`}
                className="field__input"
                value={deskId}
                aria-describedby={`${ids}-desk-hint`}
                onChange={(e) => {
                  setDeskId(e.target.value);
                  writeDeskId(e.target.value);
                }}
              />
              <p id={`${ids}-desk-hint`} className="field__hint">
                {t('admin.venueDay.deskHint')}
              </p>
            </div>
          </div>
          {venueId && <VenueDay key={`${venueId}/${date}`} venueId={venueId} date={date} deskId={deskId} />}
        </>
      )}
    </div>
  );
}

function VenueDay({ venueId, date, deskId }: { venueId: string; date: string; deskId: string }) {
  const { t, language } = useAdminI18n();
  const day = useQuery(VenueDayQuery, { variables: { venueId, date } });
  const [search, searchResult] = useLazyQuery(VenueDaySearchQuery, { fetchPolicy: 'network-only' });
  const [query, setQuery] = useState('');
  const [searchError, setSearchError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const lastQuery = useRef('');
  const searchId = useId();

  // Every committed change at the venue today, from this tablet or another: refetch the list and counts.
  useSubscription(VenueDayChangedSubscription, {
    variables: { venueId, date },
    onData: () => {
      void day.refetch();
      if (lastQuery.current) void search({ variables: { venueId, date, query: lastQuery.current } });
    },
  });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) {
      lastQuery.current = '';
      setSearchError(null);
      return;
    }
    lastQuery.current = q;
    void search({ variables: { venueId, date, query: q } }).then((result) => {
      setSearchError(result.error ? t('admin.venueDay.searchInvalid') : null);
    });
  };

  const bySlot = useMemo(() => {
    const rows = (day.data?.venueDay.edges ?? []).map((e) => e.node).filter((r) => r.status !== 'CANCELLED');
    const map = new Map<string, Row[]>();
    for (const r of rows) map.set(r.slotId, [...(map.get(r.slotId) ?? []), r]);
    return map;
  }, [day.data]);

  if (day.error) return <Alert kind="error">{t('admin.error.generic')}</Alert>;
  if (!day.data) return <AdminLoading />;
  const { totals, slots } = day.data.venueDaySummary;
  const doctors = day.data.venueDoctors;
  const rowProps = { venueId, date, deskId, doctors, onNotice: setNotice };
  const results = lastQuery.current ? searchResult.data?.venueDaySearch : undefined;
  // A venue may hold slots of two vaccines at one time: then each slot's heading names its vaccine.
  const severalVaccines = new Set(slots.map((slot) => slot.vaccineName)).size > 1;

  return (
    <>
      <section aria-labelledby={`${searchId}-totals`} className="venue-day__totals">
        <h2 id={`${searchId}-totals`} className="visually-hidden">
          {t('admin.venueDay.totals')}
        </h2>
        <Counts t={t} counts={totals} live />
      </section>
      {notice && <Alert kind={notice.kind}>{notice.text}</Alert>}
      <form className="venue-day__search" role="search" onSubmit={onSearch}>
        <div className={`field${searchError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${searchId}-q`}>
            {t('admin.venueDay.search')}
          </label>
          <p id={`${searchId}-hint`} className="field__hint">
            {t('admin.venueDay.searchHint')}
          </p>
          <div className="venue-day__search-row">
            <input
              id={`${searchId}-q`}
              className="field__input"
              type="search"
              inputMode="text"
              autoComplete="off"
              value={query}
              aria-invalid={searchError ? true : undefined}
              aria-describedby={`${searchId}-hint${searchError ? ` ${searchId}-err` : ''}`}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="submit" className="button button--primary">
              {t('admin.venueDay.searchButton')}
            </button>
          </div>
          {searchError && (
            <p id={`${searchId}-err`} className="field__error">
              {searchError}
            </p>
          )}
        </div>
      </form>
      {results && (
        <section className="venue-day__slot" aria-label={t('admin.venueDay.results')}>
          <h2>{t('admin.venueDay.resultsCount', { count: results.length })}</h2>
          <ul className="venue-day__rows">
            {results.map((r) => (
              <ReservationRow key={r.id} row={r} {...rowProps} />
            ))}
          </ul>
        </section>
      )}
      {slots.length === 0 && <p>{t('admin.venueDay.noSlots')}</p>}
      {slots.map((slot) => {
        const rows = bySlot.get(slot.slotId) ?? [];
        const headingId = `${searchId}-${slot.slotId}`;
        return (
          <section key={slot.slotId} className="venue-day__slot" aria-labelledby={headingId}>
            <div className="venue-day__slot-head">
              <h2 id={headingId}>
                {clockOf(slot.startsAt)}
                {language === 'ja' ? '〜' : '–'}
                {clockOf(slot.endsAt)}
                {severalVaccines && <span className="venue-day__vaccine">{slot.vaccineName}</span>}
              </h2>
              <Counts t={t} counts={slot} />
            </div>
            {rows.length === 0 ? (
              <p className="venue-day__empty">{t('admin.venueDay.nobody')}</p>
            ) : (
              <ul className="venue-day__rows">
                {rows.map((r) => (
                  <ReservationRow key={r.id} row={r} {...rowProps} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

function Counts({
  t,
  counts,
  live = false,
}: {
  t: AdminTranslate;
  counts: { arrived: number; vaccinated: number; noShow: number; toCome: number };
  live?: boolean;
}) {
  const items: [AdminMessageKey, number, string][] = [
    ['admin.venueDay.arrived', counts.arrived, 'arrived'],
    ['admin.venueDay.vaccinated', counts.vaccinated, 'vaccinated'],
    ['admin.venueDay.noShow', counts.noShow, 'no-show'],
    ['admin.venueDay.toCome', counts.toCome, 'to-come'],
  ];
  return (
    <dl
      className="venue-day__counts"
      aria-live={live ? 'polite' : undefined}
      data-testid={live ? 'totals' : undefined}
    >
      {items.map(([key, value, name]) => (
        <div key={name} className={`venue-day__count venue-day__count--${name}`}>
          <dt>{t(key)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface RowProps {
  row: Row;
  venueId: string;
  date: string;
  deskId: string;
  doctors: readonly { id: string; name: string }[];
  onNotice: (notice: Notice) => void;
}

function statusKey(row: Row): AdminMessageKey {
  if (row.status === 'VACCINATED') return 'admin.venueDay.status.vaccinated';
  if (row.status === 'NO_SHOW') return 'admin.venueDay.status.noShow';
  if (row.checkedInAt) return 'admin.venueDay.status.arrived';
  return 'admin.venueDay.status.booked';
}

function ReservationRow({ row, venueId, date, deskId, doctors, onNotice }: RowProps) {
  const { t } = useAdminI18n();
  const [recording, setRecording] = useState(false);
  const [checkIn, checkingIn] = useMutation(CheckInMutation);
  const [markNoShow, marking] = useMutation(MarkNoShowMutation);
  const [undo, undoing] = useMutation(UndoVenueActionMutation);
  const busy = checkingIn.loading || marking.loading || undoing.loading;
  const name =
    [row.familyNameKana, row.givenNameKana].filter(Boolean).join(' ') || t('admin.venueDay.noName');
  const who = `${row.ticketNumber} ${name}`;

  const report = (
    result: { ok: boolean; error: { message: string } | null } | undefined,
    done: AdminMessageKey,
  ) => {
    if (!result) onNotice({ kind: 'error', text: t('admin.error.generic') });
    else if (result.ok) onNotice({ kind: 'success', text: t(done, { who }) });
    else onNotice({ kind: 'error', text: result.error?.message ?? t('admin.error.generic') });
  };
  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await action();
    } catch {
      return undefined;
    }
  };
  const undoAction =
    row.status === 'VACCINATED'
      ? 'VACCINATION'
      : row.status === 'NO_SHOW'
        ? 'NO_SHOW'
        : row.checkedInAt
          ? 'CHECK_IN'
          : null;

  return (
    <li className={`venue-day__row venue-day__row--${row.status.toLowerCase()}`} aria-label={who}>
      <div className="venue-day__who">
        <span className="venue-day__number">{row.ticketNumber}</span>
        {row.realNumber && <span className="venue-day__real">({row.realNumber})</span>}
        <span className="venue-day__name">{name}</span>
        <span className="venue-day__dose">{t('admin.venueDay.dose', { dose: row.dose })}</span>
        <span className={`venue-day__status venue-day__status--${row.status.toLowerCase()}`}>
          {t(statusKey(row))}
        </span>
        {row.vaccination && (
          <span className="venue-day__record">
            {t('admin.venueDay.recorded', {
              time: row.vaccination.vaccinatedAt ? clockOf(row.vaccination.vaccinatedAt) : '',
              doctor: row.vaccination.doctorName,
              lot: row.vaccination.lotNumber,
            })}
          </span>
        )}
      </div>
      <div className="venue-day__actions">
        {row.status === 'BOOKED' && !row.checkedInAt && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void run(() => checkIn({ variables: { input: { reservationId: row.id } } })).then((r) =>
                report(r?.data?.checkIn, 'admin.venueDay.checkedIn'),
              )
            }
          >
            {t('admin.venueDay.checkIn')}
          </button>
        )}
        {row.status === 'BOOKED' && (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={recording}
            disabled={busy}
            onClick={() => setRecording((v) => !v)}
          >
            {t('admin.venueDay.record')}
          </button>
        )}
        {row.status === 'BOOKED' && !row.checkedInAt && (
          <button
            type="button"
            className="button button--danger-outline"
            disabled={busy}
            onClick={() =>
              void run(() => markNoShow({ variables: { input: { reservationId: row.id } } })).then((r) =>
                report(r?.data?.markNoShow, 'admin.venueDay.markedNoShow'),
              )
            }
          >
            {t('admin.venueDay.noShowButton')}
          </button>
        )}
        {undoAction && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() =>
              void run(() =>
                undo({ variables: { input: { reservationId: row.id, action: undoAction } } }),
              ).then((r) => report(r?.data?.undoVenueAction, 'admin.venueDay.undone'))
            }
          >
            {t(`admin.venueDay.undo.${undoAction}`)}
          </button>
        )}
      </div>
      {recording && row.status === 'BOOKED' && (
        <VaccinationForm
          row={row}
          venueId={venueId}
          date={date}
          deskId={deskId}
          doctors={doctors}
          who={who}
          onDone={(ok, text) => {
            if (ok) setRecording(false);
            onNotice({ kind: ok ? 'success' : 'error', text });
          }}
          onCancel={() => setRecording(false)}
        />
      )}
    </li>
  );
}

const ERROR_KEYS: Record<string, AdminMessageKey> = {
  required: 'admin.venueDay.v.required',
  tooLong: 'admin.venueDay.v.tooLong',
  formula: 'admin.venueDay.v.formula',
  time: 'admin.venueDay.v.time',
};

function VaccinationForm({
  row,
  venueId,
  date,
  deskId,
  doctors,
  who,
  onDone,
  onCancel,
}: {
  row: Row;
  venueId: string;
  date: string;
  deskId: string;
  doctors: readonly { id: string; name: string }[];
  who: string;
  onDone: (ok: boolean, text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useAdminI18n();
  const id = useId();
  const defaults = useQuery(VenueDeskDefaultsQuery, {
    variables: { venueId, deskId },
    skip: !deskId,
    fetchPolicy: 'network-only',
  });
  const [record, recording] = useMutation(RecordVaccinationMutation);
  const form = useForm<VaccinationValues>({
    resolver: zodResolver(vaccinationSchema),
    defaultValues: {
      doctorId: doctors.length === 1 ? doctors[0]!.id : '',
      manufacturer: '',
      lotNumber: '',
      time: nowInSite(),
    },
  });
  const { register, handleSubmit, setValue, getValues, setError, formState } = form;
  const firstRef = useRef<HTMLSelectElement | null>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  // The desk's last record, offered for the next person (only into fields still empty).
  useEffect(() => {
    const last = defaults.data?.venueDeskDefaults;
    if (!last) return;
    if (!getValues('manufacturer')) setValue('manufacturer', last.manufacturer);
    if (!getValues('lotNumber')) setValue('lotNumber', last.lotNumber);
    if (!getValues('doctorId') && last.doctorId && doctors.some((d) => d.id === last.doctorId))
      setValue('doctorId', last.doctorId);
  }, [defaults.data, getValues, setValue, doctors]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const { data } = await record({
        variables: {
          input: {
            reservationId: row.id,
            doctorId: values.doctorId,
            ...(values.manufacturer ? { manufacturer: values.manufacturer } : {}),
            lotNumber: values.lotNumber,
            vaccinatedAt: instantAt(date, values.time),
            vaccinatedOn: date,
            ...(deskId ? { deskId } : {}),
          },
        },
        refetchQueries: deskId ? [{ query: VenueDeskDefaultsQuery, variables: { venueId, deskId } }] : [],
      });
      const result = data!.recordVaccination;
      if (result.ok) onDone(true, t('admin.venueDay.vaccinatedDone', { who }));
      else onDone(false, result.error?.message ?? t('admin.error.generic'));
    } catch (error) {
      let placed = false;
      for (const e of fieldErrorsOf(error)) {
        if (e.field === 'lotNumber' || e.field === 'manufacturer' || e.field === 'doctorId') {
          setError(e.field, { message: e.message });
          placed = true;
        }
      }
      if (!placed) onDone(false, t('admin.error.generic'));
    }
  });

  const err = (name: keyof VaccinationValues) => {
    const message = formState.errors[name]?.message;
    if (!message) return null;
    const key = ERROR_KEYS[message];
    return key ? t(key, { max: 20 }) : message;
  };
  const field = (name: 'manufacturer' | 'lotNumber', label: AdminMessageKey) => {
    const e = err(name);
    return (
      <div className={`field${e ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-${name}`}>
          {t(label)}
        </label>
        <input
          id={`${id}-${name}`}
          className="field__input"
          autoComplete="off"
          aria-invalid={e ? true : undefined}
          aria-describedby={e ? `${id}-${name}-err` : undefined}
          {...register(name)}
        />
        {e && (
          <p id={`${id}-${name}-err`} className="field__error">
            {e}
          </p>
        )}
      </div>
    );
  };
  const doctorError = err('doctorId');
  const timeError = err('time');
  const doctorField = register('doctorId');
  return (
    <form
      className="venue-day__record-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('admin.venueDay.recordFor', { who })}
      noValidate
    >
      <div className={`field${doctorError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-doctor`}>
          {t('admin.venueDay.doctor')}
        </label>
        <select
          id={`${id}-doctor`}
          className="field__input"
          aria-invalid={doctorError ? true : undefined}
          aria-describedby={doctorError ? `${id}-doctor-err` : undefined}
          {...doctorField}
          ref={(el) => {
            doctorField.ref(el);
            firstRef.current = el;
          }}
        >
          <option value="">{t('admin.venueDay.chooseDoctor')}</option>
          {doctors.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        {doctorError && (
          <p id={`${id}-doctor-err`} className="field__error">
            {doctors.length === 0 ? t('admin.venueDay.noDoctors') : doctorError}
          </p>
        )}
      </div>
      {field('manufacturer', 'admin.venueDay.manufacturer')}
      {field('lotNumber', 'admin.venueDay.lot')}
      <div className={`field${timeError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-time`}>
          {t('admin.venueDay.time')}
        </label>
        <input
          id={`${id}-time`}
          className="field__input"
          type="time"
          aria-invalid={timeError ? true : undefined}
          {...register('time')}
        />
        {timeError && <p className="field__error">{timeError}</p>}
      </div>
      <div className="venue-day__form-actions">
        <button type="submit" className="button button--primary" disabled={recording.loading}>
          {t('admin.venueDay.saveRecord')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('admin.venueDay.cancel')}
        </button>
      </div>
    </form>
  );
}
