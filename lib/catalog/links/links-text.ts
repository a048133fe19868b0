import type { RecordLink } from "@/lib/catalog/links/schemas";

/**
 * Links as one spreadsheet cell: one link per line, `kind url title` (the title may hold spaces; a URL never does,
 * the schema stores it encoded). A line the schema would refuse is passed on as read, so the import names it.
 */
export function formatLinksCell(links: readonly RecordLink[]): string {
  return links.map((link) => [link.kind, link.url, link.title ?? ""].join(" ").trim()).join("\n");
}

export function parseLinksCell(cell: string): { kind: string; url: string; title: string | null }[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [kind = "", url = "", ...title] = line.split(/\s+/);
      return { kind, url, title: title.join(" ") || null };
    });
}
