/**
 * The result page prints on its own: the portal's navigation and user menu are hidden and the layout's grid
 * collapses, so the level, chart, plan and evidence fill the page (and a "Save as PDF" from the print dialog).
 */
const PRINT_CSS = `@media print {
  aside, body header { display: none !important; }
  body .min-h-screen { display: block !important; }
  main { padding: 0 !important; }
  section, li { break-inside: avoid; }
}`;

export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
