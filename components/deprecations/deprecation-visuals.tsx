import { Badge, type BadgeTone } from "@/components/ui/badge";
import { daysUntil } from "@/lib/deprecations/notice-policy";

const STATUS_TONES: Record<string, BadgeTone> = { announced: "warning", retired: "neutral", cancelled: "info" };
const MIGRATION_TONES: Record<string, BadgeTone> = { notified: "neutral", acknowledged: "info", migrating: "info", migrated: "good", blocked: "danger" };

export function DeprecationStatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? "neutral"}>{status}</Badge>;
}

export function MigrationStatusBadge({ status }: { status: string }) {
  return <Badge tone={MIGRATION_TONES[status] ?? "neutral"}>{status}</Badge>;
}

/** "in 12 days", "today", "3 days overdue": overdue only matters while the deprecation is open. */
export function Countdown({ sunsetAt, now, open }: { sunsetAt: Date; now: Date; open: boolean }) {
  const days = daysUntil(sunsetAt, now);
  if (!open) return <span className="text-slate-700">{sunsetAt.toISOString().slice(0, 10)}</span>;
  const text = days > 1 ? `in ${days} days` : days === 1 ? "tomorrow" : days === 0 ? "today" : `${-days} day${days === -1 ? "" : "s"} overdue`;
  return (
    <span className={`whitespace-nowrap ${days < 0 ? "font-semibold text-red-700" : days <= 14 ? "font-semibold text-amber-800" : "text-slate-800"}`}>
      {sunsetAt.toISOString().slice(0, 10)} <span className="block text-xs">{text}</span>
    </span>
  );
}

/** Migrated of total as a bar, with the numbers in text so colour carries no meaning alone. */
export function MigrationProgress({ migrated, total, blocked }: { migrated: number; total: number; blocked: number }) {
  const percent = total === 0 ? 100 : Math.round((migrated / total) * 100);
  return (
    <div className="min-w-36">
      <div
        className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
        role="img"
        aria-label={`${migrated} of ${total} migrated, ${blocked} blocked`}
      >
        <div className="bg-emerald-600" style={{ width: `${total ? (migrated / total) * 100 : 100}%` }} />
        <div className="bg-red-600" style={{ width: `${total ? (blocked / total) * 100 : 0}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-700">
        {total === 0 ? "No consumers" : `${migrated} of ${total} migrated (${percent} %)`}
        {blocked ? <span className="font-semibold text-red-700"> · {blocked} blocked</span> : null}
      </p>
    </div>
  );
}

interface TimelineRow {
  id: string;
  label: string;
  status: string;
  announcedAt: Date;
  sunsetAt: Date;
}

/**
 * Each deprecation as a bar from its announcement to its sunset on one time axis, with today marked: what is due
 * soon, what is overdue and what overlaps is seen at a glance. Plain SVG rendered on the server.
 */
export function DeprecationTimeline({ rows, now }: { rows: TimelineRow[]; now: Date }) {
  if (rows.length === 0) return null;
  const width = 760;
  const labelWidth = 220;
  const rowHeight = 22;
  const top = 24;
  const height = top + rows.length * rowHeight + 8;
  const times = rows.flatMap((r) => [r.announcedAt.getTime(), r.sunsetAt.getTime()]).concat(now.getTime());
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 86_400_000);
  const x = (time: number) => labelWidth + ((time - min) / span) * (width - labelWidth - 16);
  const months: Date[] = [];
  for (
    let d = new Date(Date.UTC(new Date(min).getUTCFullYear(), new Date(min).getUTCMonth() + 1, 1));
    d.getTime() <= max;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  )
    months.push(d);
  const step = Math.max(1, Math.ceil(months.length / 8));
  return (
    <figure className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <svg width={width} height={height} role="img" aria-labelledby="timeline-title" className="text-slate-700">
        <title id="timeline-title">Deprecations from announcement to sunset; today is marked.</title>
        {months.map((month, i) =>
          i % step === 0 && x(month.getTime()) < width - 48 ? (
            <g key={month.toISOString()}>
              <line x1={x(month.getTime())} x2={x(month.getTime())} y1={top - 6} y2={height} stroke="var(--color-slate-200)" />
              <text x={x(month.getTime()) + 2} y={12} fontSize={10} fill="var(--color-slate-600)">
                {month.toISOString().slice(0, 7)}
              </text>
            </g>
          ) : null,
        )}
        {rows.map((row, i) => {
          const y = top + i * rowHeight;
          const overdue = row.status === "announced" && row.sunsetAt.getTime() < now.getTime();
          const fill =
            row.status === "retired"
              ? "var(--color-slate-500)"
              : row.status === "cancelled"
                ? "var(--color-slate-400)"
                : overdue
                  ? "var(--color-red-700)"
                  : "var(--color-amber-700)";
          return (
            <g key={row.id}>
              <text x={0} y={y + 14} fontSize={11} fill="var(--color-slate-900)">
                {row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}
              </text>
              <rect
                x={x(row.announcedAt.getTime())}
                y={y + 4}
                width={Math.max(3, x(row.sunsetAt.getTime()) - x(row.announcedAt.getTime()))}
                height={12}
                rx={3}
                fill={fill}
              >
                <title>{`${row.label}: announced ${row.announcedAt.toISOString().slice(0, 10)}, sunset ${row.sunsetAt.toISOString().slice(0, 10)} (${overdue ? "overdue" : row.status})`}</title>
              </rect>
            </g>
          );
        })}
        <line x1={x(now.getTime())} x2={x(now.getTime())} y1={top - 6} y2={height} stroke="var(--color-blue-700)" strokeWidth={2} strokeDasharray="4 3" />
        {/* Near the right edge the label goes left of the line so it is not cut off. */}
        <text
          x={x(now.getTime()) + (x(now.getTime()) > width - 48 ? -3 : 3)}
          y={top - 8}
          fontSize={10}
          fill="var(--color-blue-700)"
          textAnchor={x(now.getTime()) > width - 48 ? "end" : "start"}
        >
          today
        </text>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-slate-700">
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-amber-700" aria-hidden />
          announced
        </span>
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-red-700" aria-hidden />
          past its sunset, not retired
        </span>
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-slate-500" aria-hidden />
          retired
        </span>
      </figcaption>
    </figure>
  );
}
