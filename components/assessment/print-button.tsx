"use client";

import { buttonStyles } from "@/components/ui/button-styles";

/** The browser's print dialog also saves as PDF, which keeps the SVG charts sharp. */
export function PrintButton() {
  return (
    <button type="button" className={buttonStyles.secondary} onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
