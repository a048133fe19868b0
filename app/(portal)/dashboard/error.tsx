"use client";

import { buttonStyles } from "@/components/ui/button-styles";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-6">
      <p className="font-semibold text-red-900">The dashboard could not be loaded.</p>
      <p className="mt-1 text-sm text-red-800">Nothing was changed. Try again; if it keeps failing, the server log says why. The catalog itself is still available.</p>
      <button type="button" onClick={reset} className={`${buttonStyles.secondary} mt-4`}>Try again</button>
    </div>
  );
}
