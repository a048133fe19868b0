import Link from "next/link";

export type TabLink = { href: string; label: string; active: boolean };

/**
 * A row of tabs that are links, so the selected tab lives in the URL and can be shared.
 * The selected one carries aria-current="page" (they are navigation, not an ARIA tablist).
 */
export function TabLinks({ label, tabs, className = "mb-4" }: { label: string; tabs: readonly TabLink[]; className?: string }) {
  return (
    <nav aria-label={label} className={`${className} flex gap-1 overflow-x-auto border-b border-slate-200`}>
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${tab.active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
