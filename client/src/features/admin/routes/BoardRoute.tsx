import { useQuery } from '@apollo/client/react';
import { useCallback, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading } from '../components/Pages';
import { useAdminI18n } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { CampaignChart } from '../venues/CampaignChart';
import { SiteVenuesQuery } from '../venues/documents';
import { todayIn } from '../venues/format';
import { LiveBoard } from '../venues/LiveBoard';

/** The live board of a site: pick a venue and a day; below it the campaign's coming weeks. */
export function BoardRoute() {
  const { t } = useAdminI18n();
  const site = useAdminSite();
  const { data } = useQuery(SiteVenuesQuery, { variables: { code: site.code } });
  const [params, setParams] = useSearchParams();
  const [fallbackDate] = useState(() => todayIn(site.timeZone));
  const [pushes, setPushes] = useState(0);
  const onPush = useCallback(() => setPushes((n) => n + 1), []);
  const venueSelect = useId();
  const dateInput = useId();
  if (!data) return <AdminLoading />;
  const venueId = params.get('venue') ?? data.venues[0]?.id ?? '';
  const date = params.get('date') ?? fallbackDate;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <div className="page admin-page admin-page--wide">
      <PageHeading>{t('admin.board.title')}</PageHeading>
      <p>{t('admin.board.intro')}</p>
      {data.venues.length === 0 ? (
        <p className="admin-empty">{t('admin.venues.empty')}</p>
      ) : (
        <>
          <div className="admin-toolbar">
            <div className="field">
              <label className="field__label" htmlFor={venueSelect}>
                {t('admin.board.venue')}
              </label>
              <select
                id={venueSelect}
                className="field__input"
                value={venueId}
                onChange={(event) => set('venue', event.target.value)}
              >
                {data.venues.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={dateInput}>
                {t('admin.board.date')}
              </label>
              <input
                id={dateInput}
                type="date"
                className="field__input"
                value={date}
                onChange={(event) => event.target.value && set('date', event.target.value)}
              />
            </div>
          </div>
          <section className="section" aria-labelledby="board-day">
            <h2 id="board-day">{data.venues.find((v) => v.id === venueId)?.name}</h2>
            <LiveBoard venueId={venueId} date={date} timeZone={site.timeZone} onPush={onPush} />
          </section>
        </>
      )}
      <section className="section" aria-labelledby="board-chart">
        <h2 id="board-chart">{t('admin.chart.heading')}</h2>
        <CampaignChart siteId={site.id} refreshKey={pushes} />
      </section>
    </div>
  );
}
