import type { Permission } from "@/lib/auth/permissions";

export interface NavigationItem {
  href: string;
  label: string;
  /** Shown only to actors holding this permission. */
  requires?: Permission;
}

export const NAVIGATION: readonly NavigationItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/catalog", label: "Catalog" },
  { href: "/graph", label: "Graph" },
  { href: "/assessments", label: "Assessments" },
  { href: "/reviews", label: "Reviews" },
  { href: "/standards", label: "Standards" },
  { href: "/deprecations", label: "Deprecations" },
  { href: "/audit", label: "Audit", requires: "audit.read" },
  { href: "/admin", label: "Admin", requires: "user.manage" },
  { href: "/admin/webhooks", label: "Webhooks", requires: "webhook.manage" },
  { href: "/admin/jobs", label: "Jobs", requires: "job.manage" },
];

export function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
