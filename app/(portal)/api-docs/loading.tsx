export default function ApiDocsLoading() {
  return (
    <p className="text-sm text-slate-600" role="status">
      Loading the API documentation…
    </p>
  );
}
