"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { fieldErrorsOf } from "@/lib/actions/result";
import { takeAssessmentAction } from "@/lib/assessment/actions";
import { QUESTIONS, type QuestionId } from "@/lib/assessment/questions";
import { zTakeAssessmentInput } from "@/lib/assessment/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormField } from "@/components/ui/form-field";

export interface ScopeOption {
  /** "organisation", or a team's slug. */
  value: string;
  label: string;
}

interface Draft {
  scope: string;
  answers: Partial<Record<QuestionId, number>>;
}

const ORGANISATION = "organisation";

function toInput(draft: Draft) {
  return draft.scope === ORGANISATION
    ? { scope: "organisation", answers: draft.answers }
    : { scope: "team", team: draft.scope || undefined, answers: draft.answers };
}

/**
 * Six questions, one choice each, as native radio groups so that Tab moves between questions and the arrow keys
 * between answers. The draft lives in localStorage (per user) so that a reload or an expired session loses nothing.
 */
export function AssessmentForm({ userId, scopes, initialScope }: { userId: string; scopes: ScopeOption[]; initialScope: string }) {
  const draftKey = `interchange:assessment-draft:${userId}`;
  const [draft, setDraft] = useState<Draft>({ scope: initialScope, answers: {} });
  const [restored, setRestored] = useState(false);
  const router = useRouter();
  // Keyboard users land on the first question that needs an answer (the hook focuses the first invalid field).
  const { formRef, errors, pending, fail, run, clearError, setErrors } = useActionForm<{ id: string }>({
    onSuccess: ({ id }) => {
      localStorage.removeItem(draftKey);
      router.push(`/assessments/${id}`);
    },
  });
  const formId = useId();

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(draftKey) ?? "null") as Draft | null;
      if (saved && typeof saved === "object" && saved.answers) {
        // A draft for a scope this person may no longer assess keeps its answers but not its scope.
        const scope = scopes.some((s) => s.value === saved.scope) ? saved.scope : initialScope;
        // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
        setDraft({ scope, answers: saved.answers });
      }
    } catch {
      localStorage.removeItem(draftKey);
    }
    setRestored(true);
  }, [draftKey, scopes, initialScope]);

  useEffect(() => {
    if (restored) localStorage.setItem(draftKey, JSON.stringify(draft));
  }, [draft, draftKey, restored]);

  const answered = QUESTIONS.filter((q) => draft.answers[q.id] !== undefined).length;

  function choose(id: QuestionId, position: number) {
    setDraft((d) => ({ ...d, answers: { ...d.answers, [id]: position } }));
    clearError(`answers.${id}`);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = toInput(draft);
    const parsed = zTakeAssessmentInput.safeParse(input);
    if (!parsed.success) return fail(fieldErrorsOf(parsed.error), `Answer every question first: ${QUESTIONS.length - answered} left.`);
    run(() => takeAssessmentAction(parsed.data));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-describedby={`${formId}-progress-label`} className="space-y-6">
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 md:-mx-8 md:px-8">
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <p id={`${formId}-progress-label`} className="font-medium text-slate-800" aria-live="polite">
            {answered} of {QUESTIONS.length} answered
          </p>
          {answered > 0 ? (
            <button
              type="button"
              className={buttonStyles.link}
              onClick={() => {
                setDraft({ scope: draft.scope, answers: {} });
                setErrors({});
              }}
            >
              Clear answers
            </button>
          ) : null}
        </div>
        <div
          className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200"
          role="progressbar"
          aria-label="Questions answered"
          aria-valuemin={0}
          aria-valuemax={QUESTIONS.length}
          aria-valuenow={answered}
        >
          <div className="h-full bg-brand-700 transition-all" style={{ width: `${(answered / QUESTIONS.length) * 100}%` }} />
        </div>
      </div>

      <div className="max-w-md">
        <FormField
          label="Who is being assessed"
          required
          error={errors.team ?? errors.scope}
          hint="Evidence is measured on the integrations and contracts this scope owns."
        >
          {(props) => (
            <select {...props} value={draft.scope} onChange={(e) => setDraft((d) => ({ ...d, scope: e.target.value }))}>
              {scopes.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <ol className="space-y-5">
        {QUESTIONS.map((question, index) => {
          const error = errors[`answers.${question.id}`];
          return (
            <li key={question.id}>
              <fieldset
                className={`rounded-xl border bg-white p-4 shadow-sm ${error ? "border-red-600" : "border-slate-200"}`}
                aria-describedby={error ? `${formId}-${question.id}-error` : undefined}
                data-invalid={error ? true : undefined}
              >
                <legend className="px-1 text-sm font-semibold text-slate-900">
                  <span className="text-slate-600">
                    {index + 1}. {question.dimension}:
                  </span>{" "}
                  {question.text}
                </legend>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  {question.answers.map((answer, answerIndex) => {
                    const position = answerIndex + 1;
                    const checked = draft.answers[question.id] === position;
                    return (
                      <label
                        key={answer}
                        className={`flex cursor-pointer items-start gap-2 rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 ${
                          checked ? "border-brand-700 bg-brand-50 text-slate-900" : "border-slate-300 text-slate-800 hover:bg-slate-50"
                        }`}
                      >
                        <input
                          type="radio"
                          name={question.id}
                          value={position}
                          checked={checked}
                          onChange={() => choose(question.id, position)}
                          className="mt-0.5 accent-brand-700"
                        />
                        <span>{answer}</span>
                      </label>
                    );
                  })}
                </div>
                {error ? (
                  <p id={`${formId}-${question.id}-error`} className="mt-2 text-sm text-red-700">
                    {error}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? "Saving…" : "See my result"}
        </button>
        <p className="text-sm text-slate-600">Your answers are kept as a draft on this device until you submit.</p>
      </div>
    </form>
  );
}
