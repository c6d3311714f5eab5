import { useEffect, useId, useState } from 'react';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { addDays, localDateOf, monthOf, toLocal } from '../../../ui/dates';
import { Calendar } from '../components/Calendar';
import { SlotPicker } from '../components/SlotPicker';
import { useVenueSlots } from '../hooks/useVenueSlots';

export interface SecondDoseChoice {
  id: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Dose 2 of a set on a calendar like dose 1's, limited to the vaccine's window at dose 1's venue. The slot
 * at the same time exactly the interval later is chosen for the person; they may pick another day or time.
 */
export function SecondDoseStep({
  venueId,
  vaccineId,
  firstStartsAt,
  intervalDays,
  windowDays,
  timeZone,
  value,
  onChange,
}: {
  venueId: string;
  vaccineId: string;
  firstStartsAt: string;
  intervalDays: number;
  windowDays: number;
  timeZone: string;
  value: SecondDoseChoice | null;
  onChange: (choice: SecondDoseChoice | null) => void;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  const first = toLocal(firstStartsAt, timeZone);
  const from = addDays(first.date, intervalDays);
  const to = addDays(from, windowDays);
  const [month, setMonth] = useState(monthOf(from));
  const [date, setDate] = useState<string | null>(null);
  const { data, loading } = useVenueSlots(venueId, vaccineId, from, to);
  const slots = data?.availability.slots ?? [];
  const usable = slots.filter(
    (s) => s.status === 'OPEN' && s.remaining > 0 && Date.parse(s.startsAt) > Date.now(),
  );
  const preset =
    usable.find((s) => {
      const local = toLocal(s.startsAt, timeZone);
      return local.date === from && local.time === first.time;
    }) ?? usable[0];
  const valueUsable = value !== null && usable.some((s) => s.id === value.id);

  // Choose for the person once the window is known, and again when the chosen slot fills up.
  useEffect(() => {
    if (!data || valueUsable) return;
    const next = preset ? { id: preset.id, startsAt: preset.startsAt, endsAt: preset.endsAt } : null;
    if ((next?.id ?? null) !== (value?.id ?? null)) onChange(next);
  }, [data, valueUsable, preset, value, onChange]);

  const shownDate = date ?? (value ? localDateOf(value.startsAt, timeZone) : null);
  const daySlots = shownDate ? slots.filter((s) => localDateOf(s.startsAt, timeZone) === shownDate) : [];

  return (
    <section className="section second-dose" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dose2.heading')}</h2>
      <p className="note">
        {t('dose2.note', { from: formatDate(from, language), to: formatDate(to, language) })}
      </p>
      <Calendar
        month={month}
        slots={slots}
        timeZone={timeZone}
        selected={shownDate}
        from={from}
        to={to}
        minMonth={monthOf(from)}
        maxMonth={monthOf(to)}
        onMonthChange={(m) => {
          setMonth(m);
          setDate(null);
        }}
        onSelect={setDate}
      />
      {data && usable.length === 0 && (
        <p className="text-error">{t('book.dose2.none', { days: intervalDays, window: windowDays })}</p>
      )}
      {loading && !data && <p className="note">{t('book.dose2.loading')}</p>}
      {shownDate && (
        <SlotPicker
          date={shownDate}
          slots={daySlots}
          timeZone={timeZone}
          selectedId={value?.id ?? null}
          onSelect={(id) => {
            const slot = slots.find((s) => s.id === id);
            if (slot) onChange({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt });
          }}
        />
      )}
      {value && (
        <p className="second-dose__chosen" aria-live="polite">
          {t('dose2.chosen', { time: formatDateTime(value.startsAt, timeZone, language) })}
        </p>
      )}
    </section>
  );
}
