import { Environment, type ParseResult } from "@marcbachmann/cel-js";

/** The variables every rule expression may read; anything else is a compile error at edit time. */
const environment = new Environment({
  limits: { maxAstNodes: 2_000, maxDepth: 50, maxListElements: 1_000, maxMapEntries: 1_000, maxCallArguments: 16 },
})
  .registerVariable("payload", "map")
  .registerVariable("targets", "list<string>")
  .registerVariable("integration", "map");

export interface CelProblem {
  message: string;
  /** 1-based, in the expression's own text. */
  line: number;
  column: number;
}

export type CompiledExpression = ParseResult;

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

function problemOf(expression: string, error: unknown): CelProblem {
  const celError = error as { summary?: string; message?: string; range?: { start: number } };
  const message = celError.summary ?? celError.message ?? String(error);
  return { message, ...positionOf(expression, celError.range?.start ?? 0) };
}

/**
 * Parses and type-checks one expression. `expectBoolean` is for conditions: an expression that can only yield a
 * number or a string would never decide anything, so it is refused where it is written, not at run time.
 */
export function compileCel(expression: string, expectBoolean: boolean): { ok: true; run: CompiledExpression } | { ok: false; problem: CelProblem } {
  let run: CompiledExpression;
  try {
    run = environment.parse(expression);
  } catch (error) {
    return { ok: false, problem: problemOf(expression, error) };
  }
  const checked = run.check();
  if (!checked.valid) return { ok: false, problem: problemOf(expression, checked.error) };
  if (expectBoolean && checked.type !== "bool" && checked.type !== "dyn")
    return { ok: false, problem: { message: `The expression must be true or false, but it yields ${checked.type}.`, line: 1, column: 1 } };
  return { ok: true, run };
}

/** The error text of a failed evaluation, without the library's source excerpt (the rule's expression is known). */
export function celErrorSummary(error: unknown): string {
  const celError = error as { summary?: string; message?: string };
  return celError.summary ?? celError.message ?? String(error);
}
