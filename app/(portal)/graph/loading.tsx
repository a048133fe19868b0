export default function GraphLoading() {
  return (
    <div role="status" className="space-y-3">
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-10 w-full animate-pulse rounded bg-slate-200" />
      <div className="flex h-[70vh] items-center justify-center rounded-xl border border-slate-200 bg-white text-sm text-slate-700">
        Loading the dependency graph…
      </div>
    </div>
  );
}
