"use client";

import { RouteError } from "@/components/ui/route-error";

export default function DeprecationsError({ reset }: { error: Error; reset: () => void }) {
  return <RouteError subject="The deprecations" reset={reset} />;
}
