import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { TextAreaField, TextField } from '../components/FormFields';
import { formatTimeRange } from '../../../i18n/format';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { AdminDialog } from './AdminDialog';
import {
  CancelSlotMutation,
  CancelVenueDayMutation,
  CloseSlotsMutation,
  ReopenSlotsMutation,
  UpdateSlotCapacityMutation,
} from './documents';
import { dayLabel } from './format';
import type { DayTotals, SlotCount } from './live';

/** After a change the calendar and the board read again (the pushes also arrive, for other viewers). */
export const REFETCH = {
  refetchQueries: ['AdminSlotCalendar', 'AdminVenueBoard'],
  awaitRefetchQueries: true,
};

const capacitySchema = z.object({
  capacity: z.coerce
    .number<string>()
    .int('admin.validation.wholeNumber')
    .min(0, 'admin.validation.wholeNumber')
    .max(10000),
});

/** One slot: its capacity (never below booked: the server's refusal is shown at the field), close or reopen, cancel. */
export function SlotDialog({
  slot,
  timeZone,
  onClose,
}: {
  slot: SlotCount | null;
  timeZone: string;
  onClose: () => void;
}) {
  const { t, language } = useAdminI18n();
  const title = slot
    ? t('admin.slot.title', {
        date: dayLabel(slot.date, language),
        time: formatTimeRange(slot.slot.startsAt, slot.slot.endsAt, timeZone, language),
      })
    : '';
  return (
    <AdminDialog open={slot !== null} title={title} closeLabel={t('admin.dialog.close')} onClose={onClose}>
      {slot && <SlotDialogBody key={slot.slotId} slot={slot} onDone={onClose} />}
    </AdminDialog>
  );
}

function SlotDialogBody({ slot, onDone }: { slot: SlotCount; onDone: () => void }) {
  const { t } = useAdminI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [updateCapacity, capacityState] = useMutation(UpdateSlotCapacityMutation, REFETCH);
  const [closeSlots, closeState] = useMutation(CloseSlotsMutation, REFETCH);
  const [reopenSlots, reopenState] = useMutation(ReopenSlotsMutation, REFETCH);
  const [cancelSlot, cancelState] = useMutation(CancelSlotMutation, REFETCH);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ capacity: string }, unknown, { capacity: number }>({
    resolver: zodResolver(capacitySchema),
    defaultValues: { capacity: String(slot.capacity) },
  });
  const onCapacity = handleSubmit(async ({ capacity }) => {
    setNotice(null);
    const { data } = await updateCapacity({ variables: { input: { slotId: slot.slotId, capacity } } });
    const result = data?.updateSlotCapacity;
    if (result?.ok) setNotice(t('admin.slot.capacitySaved', { capacity }));
    else if (result?.error?.code === 'CAPACITY_BELOW_BOOKED')
      setError('capacity', {
        message: t('admin.slot.belowBooked', { booked: result.error.booked ?? slot.booked }),
      });
    else setError('capacity', { message: result?.error?.message ?? t('admin.error.generic') });
  });
  const status = async (action: 'close' | 'reopen') => {
    setNotice(null);
    setFailure(null);
    const run = action === 'close' ? closeSlots : reopenSlots;
    const { data } = await run({ variables: { input: { slotId: slot.slotId } } });
    const result = data && ('closeSlots' in data ? data.closeSlots : data.reopenSlots);
    if (result?.ok) setNotice(t(action === 'close' ? 'admin.slot.closed' : 'admin.slot.reopened'));
    else setFailure(errorText(t, result?.error?.code));
  };
  const capacityError = errors.capacity?.message;
  return (
    <div className="admin-dialog__body">
      <p className="admin-slot-counts">
        {t('admin.slot.counts', { booked: slot.booked, capacity: slot.capacity, free: slot.free })}
        {' · '}
        {t(`admin.slot.status.${slot.status}`)}
      </p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {failure && <Alert kind="error">{failure}</Alert>}
      {slot.status !== 'CANCELLED' && (
        <>
          <form className="form admin-inline-form" onSubmit={(event) => void onCapacity(event)} noValidate>
            <TextField
              label={t('admin.slot.capacity')}
              type="number"
              inputMode="numeric"
              min={0}
              error={
                capacityError?.startsWith('admin.') ? t(capacityError as AdminMessageKey) : capacityError
              }
              {...register('capacity')}
            />
            <button type="submit" className="button button--primary" disabled={capacityState.loading}>
              {t('admin.slot.saveCapacity')}
            </button>
          </form>
          <div className="admin-actions">
            {slot.status === 'OPEN' ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={closeState.loading}
                onClick={() => void status('close')}
              >
                {t('admin.slot.close')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                disabled={reopenState.loading}
                onClick={() => void status('reopen')}
              >
                {t('admin.slot.reopen')}
              </button>
            )}
          </div>
          <CancelWithReason
            heading={t('admin.slot.cancelHeading')}
            people={slot.booked}
            busy={cancelState.loading}
            onConfirm={async (reason) => {
              const { data } = await cancelSlot({ variables: { input: { slotId: slot.slotId, reason } } });
              if (data) {
                setNotice(t('admin.cancel.done', { count: data.cancelSlot.cancelledReservations }));
                onDoneLater(onDone);
              }
            }}
          />
        </>
      )}
    </div>
  );
}

/** Leaves the success message in view a moment (it is announced) before the dialog closes. */
function onDoneLater(done: () => void) {
  setTimeout(done, 1200);
}

function errorText(t: ReturnType<typeof useAdminI18n>['t'], code: string | undefined): string {
  if (code === 'VENUE_CLOSED') return t('admin.slot.error.venueClosed');
  if (code === 'SLOT_CANCELLED') return t('admin.slot.error.cancelled');
  return t('admin.error.generic');
}

/** A reason, then a confirmation that says how many people will be told, then the cancellation. */
function CancelWithReason({
  heading,
  people,
  busy,
  onConfirm,
}: {
  heading: string;
  people: number;
  busy: boolean;
  onConfirm: (reason: string) => Promise<void>;
}) {
  const { t } = useAdminI18n();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <section className="admin-cancel" aria-label={heading}>
      <h3>{heading}</h3>
      {!confirming ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) setError(t('admin.validation.required'));
            else {
              setError(undefined);
              setConfirming(true);
            }
          }}
        >
          <TextAreaField
            label={t('admin.cancel.reason')}
            hint={t('admin.cancel.reasonHint')}
            value={reason}
            rows={2}
            className="field__input admin-textarea admin-textarea--short"
            error={error}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="button button--danger">
            {t('admin.cancel.next')}
          </button>
        </form>
      ) : (
        <div className="admin-cancel__confirm" role="alert">
          <p>
            <strong>{t('admin.cancel.confirm', { count: people })}</strong>
          </p>
          <p>{t('admin.cancel.reasonShown', { reason: reason.trim() })}</p>
          <div className="admin-actions">
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('admin.cancel.back')}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void onConfirm(reason.trim())}
            >
              {t('admin.cancel.submit', { count: people })}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** One day of a venue: close or reopen every slot of it, or cancel it with a reason. */
export function DayDialog({
  venueId,
  day,
  onClose,
}: {
  venueId: string;
  day: DayTotals | null;
  onClose: () => void;
}) {
  const { t, language } = useAdminI18n();
  return (
    <AdminDialog
      open={day !== null}
      title={day ? t('admin.day.title', { date: dayLabel(day.date, language) }) : ''}
      closeLabel={t('admin.dialog.close')}
      onClose={onClose}
    >
      {day && <DayDialogBody key={day.date} venueId={venueId} day={day} onDone={onClose} />}
    </AdminDialog>
  );
}

function DayDialogBody({ venueId, day, onDone }: { venueId: string; day: DayTotals; onDone: () => void }) {
  const { t } = useAdminI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [closeSlots, closeState] = useMutation(CloseSlotsMutation, REFETCH);
  const [reopenSlots, reopenState] = useMutation(ReopenSlotsMutation, REFETCH);
  const [cancelDay, cancelState] = useMutation(CancelVenueDayMutation, REFETCH);
  const input = { venueId, date: day.date };
  const status = async (action: 'close' | 'reopen') => {
    setNotice(null);
    setFailure(null);
    const run = action === 'close' ? closeSlots : reopenSlots;
    const { data } = await run({ variables: { input } });
    const result = data && ('closeSlots' in data ? data.closeSlots : data.reopenSlots);
    if (result?.ok) setNotice(t(action === 'close' ? 'admin.day.closed' : 'admin.day.reopened'));
    else setFailure(errorText(t, result?.error?.code));
  };
  return (
    <div className="admin-dialog__body">
      <p className="admin-slot-counts">
        {t('admin.day.counts', {
          slots: day.slots,
          closed: day.closedSlots,
          booked: day.booked,
          capacity: day.capacity,
          free: day.free,
        })}
      </p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {failure && <Alert kind="error">{failure}</Alert>}
      <div className="admin-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={closeState.loading || day.slots === day.closedSlots}
          onClick={() => void status('close')}
        >
          {t('admin.day.close')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={reopenState.loading || day.closedSlots === 0}
          onClick={() => void status('reopen')}
        >
          {t('admin.day.reopen')}
        </button>
      </div>
      <CancelWithReason
        heading={t('admin.day.cancelHeading')}
        people={day.booked}
        busy={cancelState.loading}
        onConfirm={async (reason) => {
          const { data } = await cancelDay({ variables: { input: { ...input, reason, closeSlots: true } } });
          if (data) {
            setNotice(t('admin.cancel.done', { count: data.cancelVenueDay.cancelledReservations }));
            onDoneLater(onDone);
          }
        }}
      />
    </div>
  );
}
