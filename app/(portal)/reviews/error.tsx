"use client";

import { RouteError } from "@/components/ui/route-error";

export default function ReviewsError({ reset }: { error: Error; reset: () => void }) {
  return <RouteError subject="The reviews" reset={reset} />;
}
