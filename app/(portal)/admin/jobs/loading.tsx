export default function JobsLoading() {
  return (
    <p className="text-sm text-slate-600" role="status">
      Loading the job queue…
    </p>
  );
}
