import { EXTERNAL_REF_FIELDS } from "@/lib/catalog/links/schemas";

const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();

/**
 * The links rows (`links.3.kind`, `links.3.url`, `links.3.title`) and the external references of a record form, in
 * form order, as the input schemas read them. Rows are kept as they are, blank ones included, so that an error
 * on `links.1.url` points at the form's second row.
 */
export function readLinkFields(data: FormData): Record<string, unknown> {
  const indexes = new Set<number>();
  for (const name of data.keys()) {
    const match = /^links\.(\d+)\./.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  const links = [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({ kind: text(data, `links.${index}.kind`), url: text(data, `links.${index}.url`), title: text(data, `links.${index}.title`) || null }));
  return { links, ...Object.fromEntries(EXTERNAL_REF_FIELDS.map((field) => [field, text(data, field) || null])) };
}
