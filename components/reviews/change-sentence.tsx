import type { ContractChange } from "@/lib/contract-diff";
import { changePlaceOf, describeChange } from "@/lib/reviews/change-wording";

/**
 * A change in words, naming its field: "`tax_amount`: the type changed from number to string." With `withPlace`,
 * the operation or channel comes first (once: the engine's message already starts with it).
 */
export function ChangeSentence({ change, withPlace = false }: { change: Pick<ContractChange, "location" | "message">; withPlace?: boolean }) {
  const { field, text } = describeChange(change);
  const place = changePlaceOf(change);
  return (
    <span>
      {withPlace && place !== "Document" ? <span className="font-mono text-xs">{place}: </span> : null}
      {field ? (
        <>
          <code className="rounded bg-slate-100 px-1 font-semibold">{field}</code>: {text.charAt(0).toLowerCase() + text.slice(1)}
        </>
      ) : (
        text
      )}
    </span>
  );
}
