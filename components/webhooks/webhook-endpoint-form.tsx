"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

interface EndpointValues {
  name: string;
  url: string;
  events: string[];
}

/** Creates an endpoint (then shows its secret once) or edits one; the server re-validates everything. */
export function WebhookEndpointForm({ endpointId, initial }: { endpointId?: string; initial?: EndpointValues }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ id: string; name: string; secret: string } | null>(null);
  const {
    formRef,
    errors: fieldErrors,
    pending,
    run,
  } = useActionForm<{ id: string; name: string; secret: string } | undefined>({
    onSuccess: (value) => {
      // Only a new endpoint answers a value: its secret, shown once.
      if (!value) return;
      setCreated(value);
      formRef.current?.reset();
    },
  });
  const eventsError = Object.entries(fieldErrors).find(([key]) => key === "events" || key.startsWith("events."))?.[1];

  return (
    <div className="space-y-4">
      <form
        className="space-y-4"
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const input = { name: String(data.get("name") ?? ""), url: String(data.get("url") ?? ""), events: data.getAll("events").map(String) };
          run(() => (endpointId ? updateWebhookEndpointAction({ endpointId, values: input }) : createWebhookEndpointAction(input)));
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Name" required error={fieldErrors.name} hint="Who receives the events, e.g. “ServiceNow change feed”.">
            {(props) => <input {...props} name="name" maxLength={100} defaultValue={initial?.name} autoComplete="off" />}
          </FormField>
          <FormField
            label="URL"
            required
            error={fieldErrors.url}
            hint={
              initial
                ? "Values in the query are shown as ***: leave them so to keep them, or type the whole URL to change it."
                : "http:// or https://, without a user name or password, on a public address."
            }
          >
            {(props) => (
              <input
                {...props}
                name="url"
                type="url"
                maxLength={2000}
                defaultValue={initial?.url}
                placeholder="https://hooks.example.com/interchange"
                autoComplete="off"
              />
            )}
          </FormField>
        </div>
        <fieldset aria-describedby="events-hint">
          <legend className="text-sm font-medium text-slate-800">Events</legend>
          <p id="events-hint" className="mt-1 text-xs text-slate-600">
            Tick none to receive every event type, including ones added later.
          </p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {WEBHOOK_EVENT_TYPES.map((entry) => (
              <label key={entry.type} className="flex items-start gap-2 text-sm text-slate-800">
                <input type="checkbox" name="events" value={entry.type} defaultChecked={initial?.events.includes(entry.type)} className="mt-1" />
                <span>
                  <span className="font-mono text-xs font-semibold">{entry.type}</span>
                  <span className="block text-xs text-slate-600">{entry.description}</span>
                </span>
              </label>
            ))}
          </div>
          {eventsError ? <p className="mt-1 text-sm text-red-700">{eventsError}</p> : null}
        </fieldset>
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : endpointId ? "Save changes" : "Create endpoint"}
        </button>
      </form>
      {created ? (
        <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">The signing secret of “{created.name}”. Copy it into the receiver now: it will not be shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code data-testid="new-webhook-secret" className="break-all rounded bg-white px-2 py-1 font-mono text-slate-900 ring-1 ring-amber-300">
              {created.secret}
            </code>
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => {
                navigator.clipboard?.writeText(created.secret).then(
                  () => toast.success("Secret copied to the clipboard."),
                  () => toast.error("The browser refused the clipboard: select the secret and copy it by hand."),
                );
              }}
            >
              Copy
            </button>
            <button type="button" className={buttonStyles.link} onClick={() => router.push(`/admin/webhooks/${created.id}`)}>
              Open the endpoint
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
