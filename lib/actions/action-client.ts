import { z } from "zod";
import { actionFailureOf, SESSION_EXPIRED, type ActionResult } from "@/lib/actions/result";
import { InvalidField } from "@/lib/errors/domain-errors";
import { recordOfEntries } from "@/lib/validation/query";
import { findBadCharacter } from "@/lib/validation/text-characters";

/** What a handler says on success: the toast's message and, when the form needs one, a value (an id, a secret). */
export type ActionSuccess<T> = undefined extends T ? { message: string; value?: T } : { message: string; value: T };

export interface ActionClient<Actor, Db> {
  /**
   * A server action: loads the signed-in actor (none: "session expired"), parses the input (an object, or a
   * submitted form's FormData) with `schema`, runs `handler`, and answers one `ActionResult`. Validation errors
   * and domain refusals from the handler become field errors here, once; anything else propagates as a bug.
   */
  <S extends z.ZodType, T = undefined>(
    schema: S,
    handler: (input: z.output<S>, context: { actor: Actor; db: Db }) => Promise<ActionSuccess<T>>,
  ): (input: z.input<S> | FormData) => Promise<ActionResult<T>>;
}

/** Builds `defineAction` around how the actor and the database are loaded (real ones in the app, stubs in tests). */
export function createActionClient<Actor, Db>(loadActor: () => Promise<Actor | null>, openDb: () => Promise<Db>): ActionClient<Actor, Db> {
  return <S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>, context: { actor: Actor; db: Db }) => Promise<ActionSuccess<T>>) =>
    async (input: z.input<S> | FormData): Promise<ActionResult<T>> => {
      const actor = await loadActor();
      if (!actor) return SESSION_EXPIRED;
      try {
        // An action is a public endpoint: its arguments come from the browser and are parsed like any request body.
        const raw = input instanceof FormData ? recordOfEntries(input) : input;
        // Text no database field can hold (NUL, a lone surrogate) would fail at the write, as a server error.
        const bad = findBadCharacter(raw);
        if (bad) throw new InvalidField(bad.pointer, `It ${bad.detail}.`);
        const parsed = schema.parse(raw);
        const { message, value } = await handler(parsed, { actor, db: await openDb() });
        return { ok: true, message, value: value as T };
      } catch (error) {
        return actionFailureOf(error);
      }
    };
}
