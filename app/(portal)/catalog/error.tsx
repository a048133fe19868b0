"use client";

import { RouteError } from "@/components/ui/route-error";

export default function CatalogError({ reset }: { error: Error; reset: () => void }) {
  return <RouteError subject="The catalog" reset={reset} />;
}
