/** Catalog detail pages the graph links to (built by the catalog module). */
export const catalogLinks = {
  system: (slug: string) => `/catalog/systems/${encodeURIComponent(slug)}`,
  integration: (key: string) => `/catalog/integrations/${encodeURIComponent(key)}`,
  contract: (slug: string) => `/catalog/contracts/${encodeURIComponent(slug)}`,
  consumer: (id: string) => `/catalog/consumers/${encodeURIComponent(id)}`,
};
