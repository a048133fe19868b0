export default function SettingsLoading() {
  return (
    <p className="text-sm text-slate-600" role="status">
      Loading your settings…
    </p>
  );
}
