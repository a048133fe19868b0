export default function DashboardLoading() {
  return (
    <div role="status" className="space-y-3">
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="grid grid-cols-3 gap-2 md:grid-cols-5 xl:grid-cols-9">
        {Array.from({ length: 9 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-200" />
        ))}
      </div>
      <div className="flex h-96 items-center justify-center rounded-xl border border-slate-200 bg-white text-sm text-slate-700">
        Measuring critical dependencies, risks and trends…
      </div>
    </div>
  );
}
