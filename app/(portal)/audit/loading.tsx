export default function AuditLoading() {
  return (
    <p className="text-sm text-slate-600" role="status">
      Loading the audit trail…
    </p>
  );
}
