export default function TeamsLoading() {
  return <p className="text-sm text-slate-600" role="status">Loading teams…</p>;
}
