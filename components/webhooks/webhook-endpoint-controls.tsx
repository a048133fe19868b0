"use client";

import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { deleteWebhookEndpointAction, sendTestEventAction, updateWebhookEndpointAction } from "@/lib/webhooks/actions";

/** Send a test event, enable or disable, delete: each a server action with a toast. */
export function WebhookEndpointControls({ endpointId, name, active }: { endpointId: string; name: string; active: boolean }) {
  const router = useRouter();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ActionButton action={() => sendTestEventAction({ endpointId })} label="Send test event" pendingLabel="Queueing…" onDone={() => router.refresh()} />
      <ActionButton
        action={() => updateWebhookEndpointAction({ endpointId, values: { active: !active } })}
        label={active ? "Disable" : "Enable"}
        pendingLabel={active ? "Disabling…" : "Enabling…"}
      />
      <ActionButton
        action={() => deleteWebhookEndpointAction({ endpointId })}
        label="Delete"
        pendingLabel="Deleting…"
        ariaLabel={`Delete ${name}`}
        variant="danger"
        confirm={`“${name}” and its delivery log are deleted for good. To pause deliveries but keep the log, disable it instead.`}
        onDone={() => router.push("/admin/webhooks")}
      />
    </div>
  );
}
