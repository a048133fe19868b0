import "server-only";
import { createActionClient } from "@/lib/actions/action-client";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";

/** Every server action is declared with this: see `createActionClient` for what it does around the handler. */
export const defineAction = createActionClient(getActor, getDb);
