"use client";

import { useState } from "react";
import { THEME_COOKIE, THEME_LABELS, THEMES, readTheme, type Theme } from "@/components/shell/theme-choice";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Light, dark or the system's setting: applied at once, and remembered in a cookie for the next page load. */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  const choose = (next: Theme) => {
    setTheme(next);
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    if (next !== "system") root.classList.add(next);
    document.cookie = `${THEME_COOKIE}=${next}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
  };
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-700">
      <span>Theme</span>
      <select
        value={theme}
        onChange={(event) => choose(readTheme(event.target.value))}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800"
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
