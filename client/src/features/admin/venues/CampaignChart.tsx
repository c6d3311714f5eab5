import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import uplotStylesheet from 'uplot/dist/uPlot.min.css?url';
import { AdminLoading } from '../components/Pages';
import { useAdminI18n } from '../i18n/admin-i18n';
import { CampaignChartQuery } from './documents';
import { dayLabel } from './format';
import type { DayTotals } from './live';

const BOOKED = '#1d4ed8';
const FREE = '#15803d';

/** The campaign's booked and free places per day over the coming weeks (campaignChart), drawn by uPlot. */
export function CampaignChart({
  siteId,
  venueId,
  weeks = 6,
  refreshKey = 0,
}: {
  siteId: string;
  venueId?: string;
  weeks?: number;
  /** A change reads the chart again, a second later (the board bumps it when a push arrives) */
  refreshKey?: number;
}) {
  const { t, language } = useAdminI18n();
  const titleId = useId();
  const { data, error, refetch } = useQuery(CampaignChartQuery, {
    variables: { input: { siteId, weeks, ...(venueId ? { venueId } : {}) } },
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (refreshKey === 0) return;
    const timer = setTimeout(() => void refetch(), 1000);
    return () => clearTimeout(timer);
  }, [refreshKey, refetch]);
  const days = data?.campaignChart.days;
  const totalBooked = days?.reduce((sum, d) => sum + d.booked, 0) ?? 0;
  const totalFree = days?.reduce((sum, d) => sum + d.free, 0) ?? 0;
  return (
    <figure className="admin-chart" aria-labelledby={titleId}>
      <link rel="stylesheet" href={uplotStylesheet} precedence="admin" />
      <figcaption id={titleId} className="admin-chart__caption">
        {t('admin.chart.title', { weeks })}
      </figcaption>
      {error && <p className="field__error">{t('admin.error.generic')}</p>}
      {!days && !error && <AdminLoading />}
      {days && (
        <>
          <p className="admin-chart__summary">
            {t('admin.chart.summary', { booked: totalBooked, free: totalFree })}
          </p>
          <ChartCanvas
            days={days}
            dayLabel={t('admin.chart.day')}
            bookedLabel={t('admin.board.booked')}
            freeLabel={t('admin.board.free')}
          />
          <details className="admin-chart__data">
            <summary>{t('admin.chart.asTable')}</summary>
            <div className="admin-table-scroll">
              <table className="admin-table">
                <caption className="visually-hidden">{t('admin.chart.title', { weeks })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.chart.day')}</th>
                    <th scope="col">{t('admin.board.capacity')}</th>
                    <th scope="col">{t('admin.board.booked')}</th>
                    <th scope="col">{t('admin.board.free')}</th>
                  </tr>
                </thead>
                <tbody>
                  {days
                    .filter((d) => d.slots > 0)
                    .map((d) => (
                      <tr key={d.date}>
                        <th scope="row">{dayLabel(d.date, language)}</th>
                        <td>{d.capacity}</td>
                        <td>{d.booked}</td>
                        <td>{d.free}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}

function ChartCanvas({
  days,
  dayLabel: dayTitle,
  bookedLabel,
  freeLabel,
}: {
  days: DayTotals[];
  dayLabel: string;
  bookedLabel: string;
  freeLabel: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const x = days.map((d) => Date.parse(`${d.date}T00:00:00Z`) / 1000);
    const booked = days.map((d) => d.booked);
    const free = days.map((d) => d.free);
    // Stacked: the green bar is booked + free, the blue bar (drawn over it) is booked.
    const bars = () => uPlot.paths.bars?.({ size: [0.7, 28] });
    const width = () => Math.max(280, element.clientWidth);
    const plot = new uPlot(
      {
        width: width(),
        height: 260,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(5, max)] } },
        series: [
          {
            label: dayTitle,
            value: (_u, v) =>
              v == null ? '–' : new Date(v * 1000).toISOString().slice(5, 10).replace('-', '/'),
          },
          {
            label: freeLabel,
            stroke: FREE,
            fill: `${FREE}55`,
            paths: bars(),
            points: { show: false },
            value: (_u, _v, _s, index) => (index == null ? '–' : String(free[index] ?? '–')),
          },
          { label: bookedLabel, stroke: BOOKED, fill: `${BOOKED}dd`, paths: bars(), points: { show: false } },
        ],
      },
      [x, days.map((d) => d.booked + d.free), booked],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 260 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, dayTitle, bookedLabel, freeLabel]);
  return <div ref={box} className="admin-chart__canvas" aria-hidden="true" />;
}
