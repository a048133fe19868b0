"use client";

import { RouteError } from "@/components/ui/route-error";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return <RouteError subject="The dashboard" reset={reset} hint="The catalog itself is still available." />;
}
