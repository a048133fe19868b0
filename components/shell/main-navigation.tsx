"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive, type NavigationItem } from "@/components/shell/navigation-items";

export function MainNavigation({ items }: { items: readonly NavigationItem[] }) {
  const pathname = usePathname();
  // Only the most specific match is current: on /admin/jobs, "Jobs" rather than "Admin" too.
  const current = items.filter((item) => isActive(pathname, item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Main" className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
              active ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200 hover:text-slate-900"
            }`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
