"use client";

import { usePathname } from "next/navigation";
import { TabLinks } from "@/components/ui/tab-links";

const TABS = [
  { href: "/catalog", label: "Integrations", match: (p: string) => p === "/catalog" || p.startsWith("/catalog/integrations") },
  { href: "/catalog/systems", label: "Systems", match: (p: string) => p.startsWith("/catalog/systems") },
  { href: "/catalog/contracts", label: "Contracts", match: (p: string) => p.startsWith("/catalog/contracts") },
  { href: "/catalog/consumers", label: "Consumers", match: (p: string) => p.startsWith("/catalog/consumers") },
  { href: "/catalog/teams", label: "Teams", match: (p: string) => p.startsWith("/catalog/teams") },
] as const;

export function CatalogTabs() {
  const pathname = usePathname();
  return <TabLinks label="Catalog" className="mb-6" tabs={TABS.map((tab) => ({ href: tab.href, label: tab.label, active: tab.match(pathname) }))} />;
}
