/** The theme a person can choose; "system" follows the operating system's light or dark setting. */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Readonly<Record<Theme, string>> = { system: "System", light: "Light", dark: "Dark" };

/**
 * The choice lives in a cookie rather than localStorage: the server reads it and renders `<html class="dark">`
 * itself, so the first paint already has the right theme (no flash, and no inline script for the CSP to allow).
 */
export const THEME_COOKIE = "interchange-theme";

export function readTheme(value: string | undefined): Theme {
  return THEMES.find((theme) => theme === value) ?? "system";
}
