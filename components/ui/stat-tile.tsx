import Link from "next/link";

export function StatTile({
  label,
  value,
  href,
  hint,
  trend,
  tone = "neutral",
  compact = false,
}: {
  label: string;
  value: number | string;
  href?: string;
  hint?: string;
  /** A line under the value, e.g. the change since a month ago. */
  trend?: React.ReactNode;
  tone?: "neutral" | "warning" | "danger";
  /** Smaller type and padding, for a row of many tiles. */
  compact?: boolean;
}) {
  const toneClass = tone === "danger" ? "text-red-700" : tone === "warning" ? "text-amber-700" : "text-slate-900";
  const body = (
    <>
      <p className={`font-medium text-slate-600 ${compact ? "text-xs leading-tight" : "text-sm"}`}>{label}</p>
      <p
        className={`mt-1 font-semibold tabular-nums ${compact ? "text-2xl" : "text-3xl"} ${toneClass}`}
        data-testid={`stat-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
      >
        {typeof value === "number" ? value.toLocaleString("en-US") : value}
      </p>
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {trend ? <div className="mt-1 text-xs">{trend}</div> : null}
    </>
  );
  const className = `block rounded-xl border border-slate-200 bg-white shadow-sm ${compact ? "p-3" : "p-4"}`;
  return href ? (
    <Link href={href} className={`${className} hover:border-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
