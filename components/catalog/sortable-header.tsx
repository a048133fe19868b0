import Link from "next/link";
import { HeaderCell } from "@/components/ui/data-table";

/** A column header that sorts the list by its field, keeping every other URL parameter (back to page 1). */
export function SortableHeader({
  label,
  field,
  pathname,
  searchParams,
  sort,
  dir,
}: {
  label: string;
  field: string;
  pathname: string;
  searchParams: Record<string, string | undefined>;
  sort: string;
  dir: "asc" | "desc";
}) {
  const active = sort === field;
  const nextDir = active && dir === "asc" ? "desc" : "asc";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) if (value && key !== "page" && key !== "sort" && key !== "dir") params.set(key, value);
  params.set("sort", field);
  params.set("dir", nextDir);
  return (
    <HeaderCell aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`${pathname}?${params.toString()}`} className="inline-flex items-center gap-1 hover:text-slate-900">
        {label}
        <span aria-hidden>{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </HeaderCell>
  );
}
