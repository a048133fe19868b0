import Link from "next/link";

export interface MixItem {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Horizontal bars with the numbers written out; each bar opens the catalog filtered to it. */
export function MixBars({ items, highlight = [] }: { items: MixItem[]; highlight?: string[] }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <ul className="space-y-1 text-xs">
      {items.map((item) => (
        <li key={item.key}>
          <Link href={item.href} className="grid grid-cols-[minmax(0,6.5rem)_1fr_2rem] items-center gap-2 hover:underline">
            <span className={`truncate ${highlight.includes(item.key) ? "font-semibold text-slate-900" : "text-slate-700"}`}>{item.label}</span>
            <span className="h-2.5 rounded-sm bg-slate-100" aria-hidden>
              <span
                className={`block h-2.5 rounded-sm ${item.key === "point_to_point" ? "bg-amber-500" : "bg-brand-600"}`}
                style={{ width: `${(item.count / max) * 100}%` }}
              />
            </span>
            <span className="text-right font-semibold tabular-nums text-slate-900">{item.count}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
