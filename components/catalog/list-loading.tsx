/**
 * The skeleton a catalog list shows while its query runs. Each list's `loading.tsx` sits in a route group next to
 * the list page only: a loading boundary above a detail page would stream it, and its `notFound()` would then
 * answer HTTP 200 instead of 404.
 */
export function ListLoading({ what }: { what: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading {what}…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-24 animate-pulse rounded-xl bg-slate-200" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-12 animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  );
}
