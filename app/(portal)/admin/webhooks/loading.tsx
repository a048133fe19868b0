export default function WebhooksLoading() {
  return (
    <p className="text-sm text-slate-600" role="status">
      Loading webhooks…
    </p>
  );
}
