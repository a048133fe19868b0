/**
 * One filter of a catalog list, submitted with its GET form so the state lands in the URL. A URL may carry
 * several values (`health=failing,degraded`, as the home page links): that combination is kept as an option.
 */
export function FilterSelect({
  name,
  label,
  value,
  options,
  allLabel = "Any",
}: {
  name: string;
  label: string;
  value: string | string[] | undefined;
  options: readonly { value: string; label: string }[];
  allLabel?: string;
}) {
  const current = Array.isArray(value) ? value.join(",") : (value ?? "");
  const combined = current.includes(",") && !options.some((o) => o.value === current);
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={current}
        className="mt-1 max-w-44 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{allLabel}</option>
        {combined ? <option value={current}>{current.split(",").join(" or ")}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
