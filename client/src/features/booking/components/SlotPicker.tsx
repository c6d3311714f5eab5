import { useFragment } from '@apollo/client/react';
import type { FragmentType } from '@apollo/client';
import { graphql } from '../../../gql';
import { formatDate, formatTimeRange } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

export const SlotPickerSlotFragment = graphql(`
  fragment SlotPicker_slot on Slot {
    id
    startsAt
    endsAt
    remaining
    capacity
    status
  }
`);

export interface SlotPickerProps {
  /** The chosen day, YYYY-MM-DD in the site's time zone */
  date: string;
  slots: FragmentType<typeof SlotPickerSlotFragment>[];
  timeZone: string;
  selectedId: string | null;
  onSelect: (slotId: string) => void;
  /** Slots starting before this instant cannot be picked */
  now?: Date;
}

/**
 * The times of one day with their free places. It reads each slot from the cache, so a subscription
 * message that changes `Slot.remaining` re-renders the count here without a refetch.
 */
export function SlotPicker({
  date,
  slots,
  timeZone,
  selectedId,
  onSelect,
  now = new Date(),
}: SlotPickerProps) {
  const { t, language } = useI18n();
  const { data, complete } = useFragment({ fragment: SlotPickerSlotFragment, from: slots });
  const items = (complete ? data : []).filter((slot) => slot !== null);
  const heading = t('slots.label', { date: formatDate(date, language) });
  return (
    <section className="slot-picker" aria-label={heading}>
      <h3 className="slot-picker__heading">{heading}</h3>
      {items.length === 0 ? (
        <p>{t('slots.none')}</p>
      ) : (
        <ul className="slot-picker__list">
          {items.map((slot) => {
            const open = slot.status === 'OPEN' && Date.parse(slot.startsAt) > now.getTime();
            const free = open ? slot.remaining : 0;
            const bookable = free > 0;
            const time = formatTimeRange(slot.startsAt, slot.endsAt, timeZone, language);
            const count = bookable ? t('slots.remaining', { count: free }) : t('slots.full');
            return (
              <li key={slot.id}>
                <button
                  type="button"
                  className={`slot${bookable ? '' : ' slot--full'}${selectedId === slot.id ? ' is-selected' : ''}`}
                  disabled={!bookable}
                  aria-pressed={selectedId === slot.id}
                  onClick={() => onSelect(slot.id)}
                  data-slot-id={slot.id}
                >
                  <span className="slot__time">{time}</span>
                  <span className="slot__count" data-testid="slot-remaining">
                    {count}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
