"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { href: "/catalog", label: "Integrations", match: (p: string) => p === "/catalog" || p.startsWith("/catalog/integrations") },
  { href: "/catalog/systems", label: "Systems", match: (p: string) => p.startsWith("/catalog/systems") },
  { href: "/catalog/contracts", label: "Contracts", match: (p: string) => p.startsWith("/catalog/contracts") },
  { href: "/catalog/consumers", label: "Consumers", match: (p: string) => p.startsWith("/catalog/consumers") },
  { href: "/catalog/teams", label: "Teams", match: (p: string) => p.startsWith("/catalog/teams") },
] as const;

export function CatalogTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Catalog" className="mb-6 flex gap-1 overflow-x-auto border-b border-slate-200">
      {TABS.map((tab) => {
        const active = tab.match(pathname);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
