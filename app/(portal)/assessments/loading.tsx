export default function AssessmentsLoading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading assessments…</span>
      <div className="h-8 w-72 rounded bg-slate-200" />
      <div className="h-4 w-full max-w-2xl rounded bg-slate-200" />
      <div className="h-48 rounded-xl bg-slate-100" />
      <div className="h-64 rounded-xl bg-slate-100" />
    </div>
  );
}
