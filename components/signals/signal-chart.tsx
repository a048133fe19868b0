import type { ChartBucket } from "@/lib/signals/anomalies/signal-chart-data";

const WIDTH = 640;
const HEIGHT = 150;
const LEFT = 44;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 20;

export interface ChartMarker {
  at: number;
  label: string;
}

type Metric = "records" | "errors" | "p95Ms";

const dayLabel = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });

function tickLabel(at: number, bucketMs: number, span: number): string {
  const date = new Date(at);
  if (span <= 2 * 86_400_000) return `${String(date.getUTCHours()).padStart(2, "0")}:00`;
  return bucketMs >= 86_400_000 || span > 2 * 86_400_000 ? dayLabel.format(date) : date.toISOString().slice(11, 16);
}

function formatValue(value: number, metric: Metric): string {
  if (metric === "p95Ms") return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  return value >= 10_000 ? `${Math.round(value / 1000)}k` : String(Math.round(value));
}

/**
 * One signal over a window on a real time axis (UTC): a line broken where nobody reported (a gap is not a zero),
 * the usual band (same hour of the week over the previous weeks) behind the volume, and incident markers.
 * Hand-written SVG: three small charts do not justify a chart library in the bundle.
 */
export function SignalChart({
  title,
  buckets,
  metric,
  color,
  bucketMs,
  from,
  to,
  markers = [],
  showBand = false,
}: {
  title: string;
  buckets: readonly ChartBucket[];
  metric: Metric;
  color: string;
  bucketMs: number;
  from: number;
  to: number;
  markers?: readonly ChartMarker[];
  showBand?: boolean;
}) {
  const values = buckets.map((bucket) => bucket[metric]);
  const reported = values.filter((value): value is number => value !== null);
  const bandTop = showBand ? Math.max(0, ...buckets.map((bucket) => bucket.band?.upper ?? 0)) : 0;
  const max = Math.max(1, bandTop, ...reported);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  // Each value sits in the middle of its bucket.
  const x = (at: number) => LEFT + ((at - from) / (to - from)) * plotWidth;
  const mid = (bucket: ChartBucket) => x(bucket.start + bucketMs / 2);
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;

  let line = "";
  let previousReported = false;
  for (const bucket of buckets) {
    const value = bucket[metric];
    if (value === null) {
      previousReported = false;
      continue;
    }
    line += `${previousReported ? "L" : "M"}${mid(bucket).toFixed(1)},${y(value).toFixed(1)} `;
    previousReported = true;
  }
  const banded = showBand ? buckets.filter((bucket) => bucket.band) : [];
  const band =
    banded.length > 1
      ? `${banded.map((bucket, index) => `${index ? "L" : "M"}${mid(bucket).toFixed(1)},${y(bucket.band!.upper).toFixed(1)}`).join(" ")} ${banded
          .map((bucket) => `L${mid(bucket).toFixed(1)},${y(bucket.band!.lower).toFixed(1)}`)
          .reverse()
          .join(" ")} Z`
      : null;
  const gaps = buckets.filter((bucket) => bucket[metric] === null);
  const span = to - from;
  const tickEvery = span <= 2 * 86_400_000 ? 6 * 3_600_000 : span <= 8 * 86_400_000 ? 86_400_000 : 7 * 86_400_000;
  const ticks: number[] = [];
  for (let at = Math.ceil(from / tickEvery) * tickEvery; at < to; at += tickEvery) ticks.push(at);
  const last = reported.at(-1);
  const summary =
    reported.length === 0
      ? `${title}: nothing reported in this period.`
      : `${title}: latest ${formatValue(last!, metric)}, highest ${formatValue(Math.max(...reported), metric)}; ${gaps.length} of ${buckets.length} periods without signals${
          markers.length ? `; ${markers.length} incident${markers.length === 1 ? "" : "s"} opened` : ""
        }.`;

  return (
    <figure>
      <figcaption className="mb-1 text-sm font-medium text-slate-800">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full" role="img" aria-label={summary}>
        {gaps.map((bucket) => (
          <rect
            key={bucket.start}
            x={x(bucket.start)}
            y={TOP}
            width={Math.max(0.5, x(bucket.start + bucketMs) - x(bucket.start))}
            height={plotHeight}
            className="fill-slate-100"
          />
        ))}
        {[0, 0.5, 1].map((fraction) => (
          <g key={fraction}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(max * fraction)} y2={y(max * fraction)} className="stroke-slate-200" />
            <text x={LEFT - 4} y={y(max * fraction) + 3} textAnchor="end" className="fill-slate-600 text-[9px]">
              {formatValue(max * fraction, metric)}
            </text>
          </g>
        ))}
        {band ? <path d={band} fill={color} fillOpacity={0.15} /> : null}
        {line ? <path d={line} fill="none" stroke={color} strokeWidth={1.75} strokeLinejoin="round" /> : null}
        {buckets.length <= 48
          ? buckets.map((bucket) =>
              bucket[metric] !== null ? <circle key={bucket.start} cx={mid(bucket)} cy={y(bucket[metric]!)} r={1.8} fill={color} /> : null,
            )
          : null}
        {markers.map((marker) => (
          <g key={`${marker.at}-${marker.label}`}>
            <line x1={x(marker.at)} x2={x(marker.at)} y1={TOP} y2={TOP + plotHeight} stroke="var(--color-red-600)" strokeWidth={1.5} strokeDasharray="3 2" />
            <title>{marker.label}</title>
          </g>
        ))}
        {ticks.map((at) => (
          <text key={at} x={x(at)} y={HEIGHT - 6} textAnchor="middle" className="fill-slate-600 text-[9px]">
            {tickLabel(at, bucketMs, span)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
