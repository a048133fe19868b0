/**
 * Says that filters in the address were not understood and left out, so that a list that looks unfiltered after
 * following an old or mistyped link does not pass for the answer. Renders nothing when everything was understood.
 */
export function IgnoredFiltersNotice({ ignored }: { ignored: readonly string[] }) {
  if (ignored.length === 0) return null;
  const names = [...new Set(ignored)];
  return (
    <p role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {names.length === 1 ? "A filter" : "Some filters"} in this address {names.length === 1 ? "was" : "were"} not understood and{" "}
      {names.length === 1 ? "was" : "were"} ignored:{" "}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 ? ", " : null}
          <code className="font-mono">{name}</code>
        </span>
      ))}
      .
    </p>
  );
}
