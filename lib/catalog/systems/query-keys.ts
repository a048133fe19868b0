/** React Query keys of the systems domain: invalidate `systemKeys.all` when systems change. */
export const systemKeys = {
  all: ["systems"] as const,
  search: (text: string) => [...systemKeys.all, "search", text] as const,
};

export interface SystemChoice {
  slug: string;
  name: string;
}

/** Live systems whose name, slug, description, vendor or domain contains `text`, by name; at most `limit`. */
export async function searchSystems(text: string, limit = 12, signal?: AbortSignal): Promise<SystemChoice[]> {
  const params = new URLSearchParams({ q: text, sort: "name", limit: String(limit) });
  const response = await fetch(`/api/v1/systems?${params}`, { headers: { accept: "application/json" }, signal });
  if (!response.ok) throw new Error(`Systems could not be searched (HTTP ${response.status}).`);
  const page = (await response.json()) as { items: SystemChoice[] };
  return page.items.map(({ slug, name }) => ({ slug, name }));
}
