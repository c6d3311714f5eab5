import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { AdminLoading } from '../components/Pages';
import { formatTimeRange } from '../../../i18n/format';
import { useAdminI18n } from '../i18n/admin-i18n';
import { VenueBoardQuery } from './documents';
import { dayLabel } from './format';
import { totalsOf, useLiveSlots } from './live';

/**
 * The live board of a venue's day: every slot's capacity, booked and free, and the day's totals, kept
 * current by slotAvailabilityChanged (each push replaces a slot's numbers; the totals are summed again).
 */
export function LiveBoard({
  venueId,
  date,
  timeZone,
  onPush,
}: {
  venueId: string;
  date: string;
  timeZone: string;
  /** Called on every push (the board route refreshes its chart then) */
  onPush?: () => void;
}) {
  const { t, language } = useAdminI18n();
  const { data, error } = useQuery(VenueBoardQuery, { variables: { venueId, date } });
  const slots = useLiveSlots(venueId, data?.venueBoard.slots, onPush);
  const totals = useMemo(() => totalsOf(date, slots), [date, slots]);
  if (error) return <p className="field__error">{t('admin.error.generic')}</p>;
  if (!data) return <AdminLoading />;
  const caption = t('admin.board.caption', { date: dayLabel(date, language) });
  return (
    <div className="admin-board">
      <dl className="admin-board__totals" aria-live="polite" data-testid="board-totals">
        <div>
          <dt>{t('admin.board.capacity')}</dt>
          <dd>{totals.capacity}</dd>
        </div>
        <div>
          <dt>{t('admin.board.booked')}</dt>
          <dd>{totals.booked}</dd>
        </div>
        <div>
          <dt>{t('admin.board.free')}</dt>
          <dd>{totals.free}</dd>
        </div>
        <div>
          <dt>{t('admin.board.slots')}</dt>
          <dd>
            {totals.slots}
            {totals.closedSlots > 0 && ` (${t('admin.board.closedCount', { count: totals.closedSlots })})`}
          </dd>
        </div>
      </dl>
      {slots.length === 0 ? (
        <p className="admin-empty">{t('admin.board.empty')}</p>
      ) : (
        <div className="admin-table-scroll">
          <table className="admin-table admin-board__table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.board.time')}</th>
                <th scope="col">{t('admin.board.capacity')}</th>
                <th scope="col">{t('admin.board.booked')}</th>
                <th scope="col">{t('admin.board.free')}</th>
                <th scope="col">{t('admin.board.status')}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((s) => (
                <tr key={s.slotId} className={`admin-board__row admin-board__row--${s.status.toLowerCase()}`}>
                  <th scope="row">{formatTimeRange(s.slot.startsAt, s.slot.endsAt, timeZone, language)}</th>
                  <td>{s.capacity}</td>
                  <td>{s.booked}</td>
                  <td>
                    <span className="admin-meter" aria-hidden="true">
                      <span style={{ width: `${s.capacity ? (100 * s.booked) / s.capacity : 0}%` }} />
                    </span>
                    {s.free}
                  </td>
                  <td>{t(`admin.slot.status.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('admin.board.dayTotal')}</th>
                <td>{totals.capacity}</td>
                <td>{totals.booked}</td>
                <td>{totals.free}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
