"use client";

import { useReducer } from "react";
import { buttonStyles } from "@/components/ui/button-styles";

interface Row<T> {
  /** Stable across reorders, so that each row keeps its own (uncontrolled) inputs. */
  id: number;
  value: T;
}
type RowsState<T> = { next: number; rows: Row<T>[] };
type RowsAction<T> = { type: "add"; value: T } | { type: "remove"; id: number } | { type: "move"; id: number; by: -1 | 1 } | { type: "replace"; values: T[] };

function rowsReducer<T>(state: RowsState<T>, action: RowsAction<T>): RowsState<T> {
  switch (action.type) {
    case "add":
      return { next: state.next + 1, rows: [...state.rows, { id: state.next, value: action.value }] };
    case "remove":
      return { ...state, rows: state.rows.filter((row) => row.id !== action.id) };
    case "move": {
      const from = state.rows.findIndex((row) => row.id === action.id);
      const to = from + action.by;
      if (from === -1 || to < 0 || to >= state.rows.length) return state;
      const rows = [...state.rows];
      [rows[from], rows[to]] = [rows[to], rows[from]];
      return { ...state, rows };
    }
    case "replace":
      return { next: state.next + action.values.length, rows: action.values.map((value, i) => ({ id: state.next + i, value })) };
  }
}

/** Rows a form can add, remove and reorder; each row's value is only its initial content. */
export function useEditableRows<T>(initial: readonly T[]) {
  const [state, dispatch] = useReducer(rowsReducer<T>, initial, (values) => ({ next: values.length, rows: values.map((value, id) => ({ id, value })) }));
  return {
    rows: state.rows,
    add: (value: T) => dispatch({ type: "add", value }),
    remove: (id: number) => dispatch({ type: "remove", id }),
    move: (id: number, by: -1 | 1) => dispatch({ type: "move", id, by }),
    replace: (values: T[]) => dispatch({ type: "replace", values }),
  };
}

const smallButton =
  "rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50";

/**
 * A list of editable rows with a legend, per-row remove (and optionally move up/down) buttons, an empty state and
 * an add button that stops at `max`. `noun` names a row in button labels ("Remove step 2").
 */
export function EditableRowList<T>({
  legend,
  noun,
  rows,
  max,
  reorderable = false,
  empty,
  blank,
  extraActions,
  children,
}: {
  legend: string;
  noun: string;
  rows: ReturnType<typeof useEditableRows<T>>;
  max: number;
  reorderable?: boolean;
  empty: string;
  blank: () => T;
  extraActions?: React.ReactNode;
  children: (row: T, index: number) => React.ReactNode;
}) {
  const count = rows.rows.length;
  return (
    <fieldset className="sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {count === 0 ? <p className="mt-1 text-sm text-slate-600">{empty}</p> : null}
      <ol className="mt-2 space-y-3">
        {rows.rows.map((row, index) => (
          <li key={row.id} className="rounded-lg border border-slate-200 p-3">
            <div className="grid gap-2 sm:grid-cols-3">{children(row.value, index)}</div>
            <div className="mt-2 flex gap-2">
              {reorderable ? (
                <>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={index === 0}
                    onClick={() => rows.move(row.id, -1)}
                    aria-label={`Move ${noun} ${index + 1} up`}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={index === count - 1}
                    onClick={() => rows.move(row.id, 1)}
                    aria-label={`Move ${noun} ${index + 1} down`}
                  >
                    ↓ Down
                  </button>
                </>
              ) : null}
              <button type="button" className={smallButton} onClick={() => rows.remove(row.id)} aria-label={`Remove ${noun} ${index + 1}`}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={buttonStyles.secondary} disabled={count >= max} onClick={() => rows.add(blank())}>
          Add a {noun}
        </button>
        {extraActions}
        {count >= max ? <span className="text-xs text-slate-600">At most {max}.</span> : null}
      </div>
    </fieldset>
  );
}
