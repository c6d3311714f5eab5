/**
 * A small hand-written SVG line chart: stacked panels sharing one time axis, written by a bench next to its
 * report (no chart package; a rush is read from its shape).
 */

export interface Series {
  label: string;
  color: string;
  values: readonly number[];
  /** Drawn thinner and dashed: a companion line (p50 under p99, arrivals under requests). */
  faint?: boolean;
}

export interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

export interface Marker {
  at: number;
  label: string;
  color: string;
}

const WIDTH = 960;
const PANEL_HEIGHT = 170;
const LEFT = 70;
const RIGHT = 20;
const TOP = 46;
const GAP = 44;
const BOTTOM = 40;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 1, 2 or 5 times a power of ten, so that about `count` ticks cover 0..max. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

const short = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(Math.round(n * 100) / 100);

/** `x` runs 0..seconds (one value per second, drawn at the middle of its second). */
export function lineChart(title: string, seconds: number, panels: Panel[], markers: Marker[] = []): string {
  const height = TOP + panels.length * PANEL_HEIGHT + (panels.length - 1) * GAP + BOTTOM;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xOf = (t: number) => LEFT + (t / Math.max(1, seconds)) * plotWidth;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="22" font-size="15" font-weight="bold">${escape(title)}</text>`,
  ];
  const xStep = niceStep(seconds, 12);
  panels.forEach((panel, p) => {
    const top = TOP + p * (PANEL_HEIGHT + GAP);
    const bottom = top + PANEL_HEIGHT;
    // Counts and milliseconds: steps of at least 1, and a panel of zeros still gets a 0..1 axis.
    const max = Math.max(1, ...panel.series.flatMap((s) => s.values.filter(Number.isFinite)));
    const yStep = Math.max(1, niceStep(max, 4));
    const ticks = Math.ceil(max / yStep);
    const yMax = ticks * yStep;
    const yOf = (v: number) => bottom - (v / yMax) * PANEL_HEIGHT;
    out.push(
      `<text x="${LEFT}" y="${top - 8}" font-weight="bold">${escape(panel.title)}</text>`,
      `<rect x="${LEFT}" y="${top}" width="${plotWidth}" height="${PANEL_HEIGHT}" fill="none" stroke="#999"/>`,
    );
    for (let k = 0; k <= ticks; k++) {
      const v = k * yStep;
      const y = yOf(v).toFixed(1);
      out.push(
        `<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`,
        `<text x="${LEFT - 6}" y="${Number(y) + 4}" text-anchor="end" fill="#444">${short(v)}</text>`,
      );
    }
    out.push(
      `<text x="14" y="${(top + bottom) / 2}" transform="rotate(-90 14 ${(top + bottom) / 2})" text-anchor="middle" fill="#444">${escape(panel.unit)}</text>`,
    );
    for (let k = 0; k * xStep <= seconds; k++) {
      const t = k * xStep;
      const x = xOf(t).toFixed(1);
      out.push(`<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 4}" stroke="#999"/>`);
      out.push(`<text x="${x}" y="${bottom + 16}" text-anchor="middle" fill="#444">${short(t)}</text>`);
    }
    for (const marker of markers) {
      const x = xOf(marker.at).toFixed(1);
      out.push(
        `<line x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="${marker.color}" stroke-dasharray="4 3"/>`,
      );
      if (p === 0)
        out.push(
          `<text x="${Number(x) + 4}" y="${top + 14}" fill="${marker.color}">${escape(marker.label)}</text>`,
        );
    }
    let legendX = LEFT + plotWidth;
    for (const series of [...panel.series].reverse()) {
      const text = escape(series.label);
      legendX -= text.length * 6.6 + 30;
      out.push(
        `<line x1="${legendX}" x2="${legendX + 18}" y1="${top - 12}" y2="${top - 12}" stroke="${series.color}" stroke-width="2.5"${series.faint ? ' stroke-dasharray="5 3"' : ''}/>`,
        `<text x="${legendX + 22}" y="${top - 8}">${text}</text>`,
      );
    }
    for (const series of panel.series) {
      // A missing value (no request ended in that second) breaks the line instead of drawing a zero.
      const runs: string[][] = [[]];
      series.values.forEach((v, i) => {
        if (!Number.isFinite(v)) {
          if (runs.at(-1)!.length > 0) runs.push([]);
          return;
        }
        runs.at(-1)!.push(`${xOf(i + 0.5).toFixed(1)},${yOf(Math.min(v, yMax)).toFixed(1)}`);
      });
      for (const points of runs.filter((r) => r.length > 0))
        out.push(
          `<polyline fill="none" stroke="${series.color}" stroke-width="${series.faint ? 1.2 : 2}"${series.faint ? ' stroke-dasharray="5 3"' : ''} stroke-linejoin="round" points="${points.join(' ')}"/>`,
        );
    }
  });
  const axisY = TOP + panels.length * PANEL_HEIGHT + (panels.length - 1) * GAP + 32;
  out.push(
    `<text x="${LEFT + plotWidth / 2}" y="${axisY}" text-anchor="middle" fill="#444">seconds since the first arrival</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}

/** bench:opening's picture of one run, from its per-second rows (as printed and kept in the report's JSON). */
export function openingChart(
  title: string,
  rows: readonly Record<string, string | number | null>[],
  opensAt: number,
  selloutAt: number,
): string {
  const column = (name: string) => rows.map((row) => (typeof row[name] === 'number' ? row[name] : NaN));
  const markers: Marker[] = [{ at: opensAt, label: 'booking opens', color: '#b00' }];
  if (Number.isFinite(selloutAt)) markers.push({ at: selloutAt, label: 'sold out', color: '#070' });
  return lineChart(
    title,
    rows.length,
    [
      {
        title: 'Requests per second (errors: 5xx, timeouts, broken connections, GraphQL errors)',
        unit: 'per second',
        series: [
          { label: 'requests/s', color: '#1f5fbf', values: column('req/s') },
          { label: 'arrivals/s', color: '#888', values: column('arrivals'), faint: true },
          { label: 'errors/s', color: '#d00', values: column('errors') },
        ],
      },
      {
        title: 'Bookings per second',
        unit: 'per second',
        series: [
          { label: 'bookings/s', color: '#0a7d2c', values: column('bookings') },
          { label: 'refusals/s', color: '#e08a00', values: column('refusals'), faint: true },
        ],
      },
      {
        title:
          'Latency of the requests that ended in each second (a timed-out request counts at the timeout)',
        unit: 'ms',
        series: [
          { label: 'p99', color: '#7b2cbf', values: column('p99 ms') },
          { label: 'p50', color: '#7b2cbf', values: column('p50 ms'), faint: true },
        ],
      },
    ],
    markers,
  );
}
