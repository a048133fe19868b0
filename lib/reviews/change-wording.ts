import type { ContractChange } from "@/lib/contract-diff";

/** Where a change is, as the review page groups changes: an operation, a channel, or the document. */
export function changePlaceOf(change: Pick<ContractChange, "location">): string {
  const { operation, path, channel } = change.location;
  return path ? `${operation ?? ""} ${path}`.trim() : channel ? `channel ${channel}` : "Document";
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A change said for a reader who already sees where it is (under its operation's heading, or after it in the
 * preview): the engine's message without its "GET /orders: " prefix, and the field it concerns, so "The type
 * changed from number to string." reads as a change of `tax_amount`.
 */
export function describeChange(change: Pick<ContractChange, "location" | "message">): { field: string | null; text: string } {
  const { operation, path, channel } = change.location;
  const prefixes = [operation && path ? `${operation} ${path}: ` : null, channel ? `${channel}: ` : null, channel ? `${channel} ` : null];
  let text = change.message;
  for (const prefix of prefixes) {
    if (prefix && text.startsWith(prefix)) {
      text = text.slice(prefix.length);
      break;
    }
  }
  return { field: change.location.field || null, text: upperFirst(text) };
}
