"use client";

import { toast } from "sonner";
import { buttonStyles } from "@/components/ui/button-styles";

/** The gateway headers as text to paste into a gateway's configuration. */
export function CopyHeaders({ text }: { text: string }) {
  return (
    <div>
      <pre className="whitespace-pre-wrap break-all rounded-lg bg-slate-50 p-3 text-xs text-slate-900" data-testid="gateway-headers">
        {text}
      </pre>
      <button
        type="button"
        className={`${buttonStyles.secondary} mt-2`}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            toast.success("Headers copied.");
          } catch {
            toast.error("The browser refused the clipboard: select the text and copy it.");
          }
        }}
      >
        Copy headers
      </button>
    </div>
  );
}
