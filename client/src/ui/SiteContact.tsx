import { useI18n } from '../i18n/i18n';

export interface Contact {
  contactPhone: string | null;
  contactHours: string | null;
  contactEmail: string | null;
}

/** The site's contact: a phone number to tap, its hours, a mail address. Nothing when the site gave none. */
export function SiteContact({ contact, heading = true }: { contact: Contact; heading?: boolean }) {
  const { t } = useI18n();
  const { contactPhone: phone, contactHours: hours, contactEmail: email } = contact;
  if (!phone && !email) return null;
  return (
    <div className="contact">
      {heading && <p className="contact__heading">{t('contact.heading')}</p>}
      <ul className="contact__list">
        {phone && (
          <li>
            {t('contact.phone')}{' '}
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className="contact__phone">
              {phone}
            </a>
            {hours && <span className="contact__hours">{t('contact.hours', { hours })}</span>}
          </li>
        )}
        {email && (
          <li>
            {t('contact.email')} <a href={`mailto:${email}`}>{email}</a>
          </li>
        )}
      </ul>
    </div>
  );
}
