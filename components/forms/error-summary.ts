/**
 * The error summary at the top of a refused form: how many fields need attention, each a link to its field (named by
 * its label: the reason is said once, next to the field, where the link leads and a screen reader reads it). It is
 * built from what the form already renders (each invalid control's label), so every form of the
 * one form hook gets it without rendering anything itself. React does not manage this node: it only ever sits as
 * the form's first child, before React's own children.
 */
const SUMMARY_CLASS = "mb-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 focus:outline focus:outline-2 focus:outline-red-600";

interface InvalidField {
  control: HTMLElement;
  label: string;
}

function invalidFieldsOf(form: HTMLFormElement): InvalidField[] {
  return [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]:not([disabled])')].map((control) => {
    const label = control.id ? form.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
    return { control, label: (label?.textContent ?? control.getAttribute("aria-label") ?? "A field").replace(/\s*\*\s*$/, "").trim() };
  });
}

export function removeErrorSummary(form: HTMLFormElement): void {
  form.querySelector(":scope > [data-error-summary]")?.remove();
}

/** Writes (or rewrites) the summary and answers the invalid controls, first first. */
export function showErrorSummary(form: HTMLFormElement, message: string): HTMLElement[] {
  const fields = invalidFieldsOf(form);
  let summary = form.querySelector<HTMLElement>(":scope > [data-error-summary]");
  if (!summary) {
    summary = form.ownerDocument.createElement("div");
    summary.dataset.errorSummary = "";
    summary.setAttribute("role", "alert");
    summary.tabIndex = -1;
    form.prepend(summary);
  }
  summary.className = SUMMARY_CLASS;
  summary.replaceChildren();
  const heading = form.ownerDocument.createElement("p");
  heading.className = "font-semibold";
  heading.textContent = fields.length === 0 ? message : fields.length === 1 ? "One field needs attention:" : `${fields.length} fields need attention:`;
  summary.append(heading);
  if (fields.length > 0) {
    const list = form.ownerDocument.createElement("ul");
    list.className = "mt-1 list-disc space-y-0.5 pl-5";
    for (const field of fields) {
      const item = form.ownerDocument.createElement("li");
      const link = form.ownerDocument.createElement("a");
      link.href = field.control.id ? `#${field.control.id}` : "#";
      link.className = "underline underline-offset-2";
      link.textContent = field.label;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        field.control.focus();
        field.control.scrollIntoView({ block: "center" });
      });
      item.append(link);
      list.append(item);
    }
    summary.append(list);
  }
  return fields.map((field) => field.control);
}
