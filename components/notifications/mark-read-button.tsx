"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ActionButton } from "@/components/ui/action-button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { notificationKeys } from "@/lib/notifications/query-keys";

/** Marks one notification (or, without an id, all of them) read and refreshes the header's count. */
export function MarkReadButton({ notificationId, title }: { notificationId?: string; title?: string }) {
  const queryClient = useQueryClient();
  const refreshBell = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  return notificationId ? (
    <ActionButton
      action={() => markNotificationReadAction({ notificationId })}
      label="Mark read"
      pendingLabel="Marking…"
      ariaLabel={`Mark “${title}” read`}
      onDone={refreshBell}
    />
  ) : (
    <ActionButton action={() => markAllNotificationsReadAction({})} label="Mark all read" pendingLabel="Marking…" variant="primary" onDone={refreshBell} />
  );
}
