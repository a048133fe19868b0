import type { CheckResultOutput } from "@/lib/reviews/schemas";

export type CheckAnswer = CheckResultOutput & { suggestedVersion: string };

/** A short fingerprint of a document, so a query key does not carry 10 MB of text (FNV-1a, 32 bits). */
export function textDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** React Query keys of the reviews domain: invalidate `reviewKeys.all` after a proposal is saved. */
export const reviewKeys = {
  all: ["reviews"] as const,
  check: (contractId: string, specText: string, version: string) => [...reviewKeys.all, "check", contractId, textDigest(specText), version] as const,
};

export class CheckProblem extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string>,
  ) {
    super(message);
    this.name = "CheckProblem";
  }
}

/** POST /api/v1/contracts/{id}/check: the live preview of a proposal. */
export async function fetchCheck(contractId: string, specText: string, version: string): Promise<CheckAnswer> {
  const response = await fetch(`/api/v1/contracts/${encodeURIComponent(contractId)}/check`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ specText, ...(version ? { version } : {}) }),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string; title?: string; errors?: { pointer: string; detail: string }[] } | null;
    const fieldErrors: Record<string, string> = {};
    for (const item of problem?.errors ?? []) fieldErrors[item.pointer.replace(/^\//, "")] ??= item.detail;
    throw new CheckProblem(problem?.detail ?? problem?.title ?? `The server answered ${response.status}.`, fieldErrors);
  }
  return (await response.json()) as CheckAnswer;
}
