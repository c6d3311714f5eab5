import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n';

export interface VenueOption {
  id: string;
  name: string;
  address: string;
}

/** Venues as a list of choices with their address (access), not a bare dropdown. */
export function VenueChoice({
  venues,
  value,
  onChange,
}: {
  venues: readonly VenueOption[];
  value: string | null;
  onChange: (venueId: string) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="venue-options">
      <legend className="visually-hidden">{t('venues.legend')}</legend>
      {venues.map((venue) => (
        <label key={venue.id} className={`venue-option${venue.id === value ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={venue.id}
            checked={venue.id === value}
            onChange={() => onChange(venue.id)}
          />
          <span className="venue-option__text">
            <span className="venue-option__name">{venue.name}</span>
            <span className="venue-option__address">{venue.address || t('venues.noAddress')}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
