export default function InboxLoading() {
  return (
    <p className="text-sm text-slate-600" role="status">
      Loading your inbox…
    </p>
  );
}
