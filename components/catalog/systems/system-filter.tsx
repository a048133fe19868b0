"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { searchSystems, systemKeys, type SystemChoice } from "@/lib/catalog/systems/query-keys";

/**
 * The list's system filter as a searchable combobox (WAI-ARIA 1.2 pattern): the page sends only the selected system,
 * and the choices are fetched as the person types, instead of every system (1,250 in a large catalog) rendered as
 * options on each request. The slug travels in a hidden input, so the filter still lands in the URL.
 */
export function SystemFilter({ name, label, selected }: { name: string; label: string; selected: SystemChoice | null }) {
  const listId = useId();
  const [text, setText] = useState(selected?.name ?? "");
  const [value, setValue] = useState(selected?.slug ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = text.trim();
  const {
    data: choices = [],
    isFetching,
    isError,
  } = useQuery({
    queryKey: systemKeys.search(term),
    queryFn: ({ signal }) => searchSystems(term, 12, signal),
    enabled: open && term.length > 0,
    placeholderData: keepPreviousData,
  });
  const expanded = open && term.length > 0;

  // A pick applies the filter at once (the list filters as you choose); typing a name alone does not.
  const hidden = useRef<HTMLInputElement>(null);
  const [picks, setPicks] = useState(0);
  useEffect(() => {
    if (picks > 0) hidden.current?.form?.requestSubmit();
  }, [picks]);

  const choose = (choice: SystemChoice) => {
    setText(choice.name);
    setValue(choice.slug);
    setOpen(false);
    setPicks((count) => count + 1);
  };

  return (
    <div className="relative">
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={`filter-${name}`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && choices[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Any"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setValue("");
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
            const step = event.key === "ArrowDown" ? 1 : -1;
            if (choices.length) setActive((index) => (index + step + choices.length) % choices.length);
          } else if (event.key === "Enter" && expanded && choices[active]) {
            // Enter picks the highlighted system instead of submitting a half-typed name.
            event.preventDefault();
            choose(choices[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
        className="mt-1 w-44 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      />
      <input ref={hidden} type="hidden" name={name} value={value} />
      {expanded ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label} choices`}
          className="absolute z-20 mt-1 max-h-64 w-72 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {choices.map((choice, index) => (
            <li
              key={choice.slug}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(choice);
              }}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-brand-50 text-brand-800" : "text-slate-800"}`}
            >
              {choice.name} <span className="text-xs text-slate-600">{choice.slug}</span>
            </li>
          ))}
          {choices.length === 0 ? (
            <li role="presentation" className="px-3 py-1.5 text-slate-600">
              {isError ? "Systems could not be searched; try again." : isFetching ? "Searching…" : "No system matches."}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
