import { ARCHIVED_FILTER_LABELS, ARCHIVED_FILTERS } from "@/lib/catalog/archived-filter";

/** A list setting that always has a value (which records to show, the sort order), submitted with the list's GET form. */
export function ChoiceSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The "Show" choice of catalog lists whose records can be archived. */
export function ArchiveChoice({ value }: { value: string }) {
  return (
    <ChoiceSelect
      name="archived"
      label="Show"
      value={value}
      options={ARCHIVED_FILTERS.map((filter) => ({ value: filter, label: ARCHIVED_FILTER_LABELS[filter] }))}
    />
  );
}
