import type { ComponentProps, ReactNode } from "react";

/** A heading: its label, or the label with options (right-aligned for numbers; visually hidden for an actions column). */
export type DataTableColumn = string | { label: string; align?: "right"; visuallyHidden?: boolean };

type DataTableProps = Omit<ComponentProps<"table">, "className"> & {
  /** Plain column headings; pass `header` instead when a heading needs more than a label (sorting, spans). */
  columns?: readonly DataTableColumn[];
  header?: ReactNode;
  /** Classes for the bordered box around the table (margins, usually). */
  className?: string;
  bodyClassName?: string;
  caption?: ReactNode;
  /** The table rows (`<tr>` elements). */
  children: ReactNode;
};

/** The bordered, horizontally scrollable table used by every portal list; extra props go to the `<table>`. */
export function DataTable({ columns, header, className, bodyClassName, caption, children, ...tableProps }: DataTableProps) {
  return (
    <div className={`${className ? `${className} ` : ""}overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm`}>
      <table className="min-w-full divide-y divide-slate-200 text-sm" {...tableProps}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {header ??
              columns?.map((column) =>
                typeof column === "string" ? (
                  <HeaderCell key={column}>{column}</HeaderCell>
                ) : (
                  <HeaderCell key={column.label} align={column.align}>
                    {column.visuallyHidden ? <span className="sr-only">{column.label}</span> : column.label}
                  </HeaderCell>
                ),
              )}
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100${bodyClassName ? ` ${bodyClassName}` : ""}`}>{children}</tbody>
      </table>
    </div>
  );
}

/** A column heading of a DataTable. */
export function HeaderCell({ align, className, children, ...props }: ComponentProps<"th"> & { align?: "right" }) {
  return (
    <th scope="col" className={`px-4 py-2${align === "right" ? " text-right" : ""}${className ? ` ${className}` : ""}`} {...props}>
      {children}
    </th>
  );
}
