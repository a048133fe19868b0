"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeRulesetAction } from "@/lib/standards/actions";
import { SCORECARD_LEVEL_LABELS, SCORECARD_LEVELS, type ScorecardDefinition, type ScorecardLevel, type ScorecardRuleId } from "@/lib/scorecards/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonStyles } from "@/components/ui/button-styles";

type Choice = ScorecardLevel | "unused";

/** Admins move each scorecard rule to a level (or out of the scorecard); saving adds a ruleset version. */
export function ScorecardLevelsForm({
  rules,
  definition,
  version,
}: {
  rules: { id: ScorecardRuleId; label: string }[];
  definition: ScorecardDefinition;
  version: string;
}) {
  const router = useRouter();
  const levelOf = (rule: ScorecardRuleId): Choice => SCORECARD_LEVELS.find((level) => definition.levels[level].includes(rule)) ?? "unused";
  const [choices, setChoices] = useState<Record<string, Choice>>(Object.fromEntries(rules.map((rule) => [rule.id, levelOf(rule.id)])));
  const { formRef, errors, formError, pending, run } = useActionForm({ onSuccess: () => router.refresh() });
  const error = Object.values(errors)[0] ?? formError;
  return (
    <form
      ref={formRef}
      aria-labelledby="scorecard-levels"
      className="mb-8 space-y-2 rounded-xl border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const levels = Object.fromEntries(SCORECARD_LEVELS.map((level) => [level, rules.filter((rule) => choices[rule.id] === level).map((rule) => rule.id)]));
        run(() => changeRulesetAction({ version, values: { scorecard: { levels } } }));
      }}
    >
      <h2 id="scorecard-levels" className="text-lg font-semibold text-slate-900">
        Edit the levels
      </h2>
      <p className="text-sm text-slate-700">Each save is a new, audited ruleset version.</p>
      {rules.map((rule) => (
        <div key={rule.id} className="flex flex-wrap items-center gap-2">
          <select
            id={`level-${rule.id}`}
            value={choices[rule.id]}
            onChange={(event) => setChoices({ ...choices, [rule.id]: event.target.value as Choice })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            {SCORECARD_LEVELS.map((level) => (
              <option key={level} value={level}>
                {SCORECARD_LEVEL_LABELS[level]}
              </option>
            ))}
            <option value="unused">Not used</option>
          </select>
          <label htmlFor={`level-${rule.id}`} className="text-sm text-slate-800">
            {rule.label}
          </label>
        </div>
      ))}
      <button type="submit" className={buttonStyles.secondary} disabled={pending}>
        {pending ? "Saving…" : "Save the levels"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
