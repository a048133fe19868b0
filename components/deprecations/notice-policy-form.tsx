"use client";

import { updateNoticePolicyAction } from "@/lib/deprecations/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

/** One row of the notice policy table, editable by admins. */
export function NoticePolicyRow({
  criticality,
  label,
  minimumNoticeDays,
  acknowledgeWithinDays,
}: {
  criticality: string;
  label: string;
  minimumNoticeDays: number;
  acknowledgeWithinDays: number;
}) {
  const { formRef, errors, formError, pending, run } = useActionForm();
  const error = Object.values(errors)[0] ?? formError;
  const id = `policy-${criticality}`;
  return (
    <tr>
      <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">
        {label}
      </th>
      <td className="px-4 py-2" colSpan={3}>
        <form
          className="flex flex-wrap items-center gap-3"
          ref={formRef}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            run(() =>
              updateNoticePolicyAction({
                criticality,
                minimumNoticeDays: data.get("minimumNoticeDays"),
                acknowledgeWithinDays: data.get("acknowledgeWithinDays"),
              }),
            );
          }}
        >
          <label htmlFor={`${id}-notice`} className="text-sm text-slate-700">
            Minimum notice (days)
          </label>
          <input
            id={`${id}-notice`}
            name="minimumNoticeDays"
            aria-invalid={errors.minimumNoticeDays ? true : undefined}
            type="number"
            min={1}
            max={730}
            defaultValue={minimumNoticeDays}
            className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <label htmlFor={`${id}-ack`} className="text-sm text-slate-700">
            Acknowledge within (days)
          </label>
          <input
            id={`${id}-ack`}
            name="acknowledgeWithinDays"
            aria-invalid={errors.acknowledgeWithinDays ? true : undefined}
            type="number"
            min={1}
            max={730}
            defaultValue={acknowledgeWithinDays}
            className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <button type="submit" className={buttonStyles.secondary} disabled={pending}>
            {pending ? "Saving…" : "Save"}
          </button>
          {error ? (
            <p role="alert" className="w-full text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </form>
      </td>
    </tr>
  );
}
