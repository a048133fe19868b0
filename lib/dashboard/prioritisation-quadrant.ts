/**
 * The prioritisation matrix of the integration strategy guide (step 2): business value against technical
 * complexity, both rated 1 (low) to 5 (high). "High value / low complexity in the top-right (do first), high value /
 * high complexity in the top-left (plan carefully), low value / low complexity in the bottom-right (batch together),
 * low value / high complexity in the bottom-left (reconsider or defer)."
 */
export const QUADRANTS = ["do-first", "plan-carefully", "batch-together", "reconsider-or-defer"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  "do-first": "Do first",
  "plan-carefully": "Plan carefully",
  "batch-together": "Batch together",
  "reconsider-or-defer": "Reconsider or defer",
};

export const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * The middle of the scale (3) counts as high on both axes: a middling value is still worth doing and a middling
 * complexity still needs planning (decision 015).
 */
export const HIGH_FROM = 3;

export const HIGH_RATINGS = RATINGS.filter((r) => r >= HIGH_FROM);
export const LOW_RATINGS = RATINGS.filter((r) => r < HIGH_FROM);

/** The quadrant of a rated integration; null when either rating is missing (it cannot be placed). */
export function prioritisationQuadrant(businessValue: number | null, complexity: number | null): Quadrant | null {
  if (businessValue === null || complexity === null) return null;
  const highValue = businessValue >= HIGH_FROM;
  const highComplexity = complexity >= HIGH_FROM;
  if (highValue) return highComplexity ? "plan-carefully" : "do-first";
  return highComplexity ? "reconsider-or-defer" : "batch-together";
}

/** The ratings a quadrant spans on each axis, for links to the catalog filtered to it. */
export function quadrantRatings(quadrant: Quadrant): { value: readonly number[]; complexity: readonly number[] } {
  const highValue = quadrant === "do-first" || quadrant === "plan-carefully";
  const highComplexity = quadrant === "plan-carefully" || quadrant === "reconsider-or-defer";
  return { value: highValue ? HIGH_RATINGS : LOW_RATINGS, complexity: highComplexity ? HIGH_RATINGS : LOW_RATINGS };
}
