import { median, medianAbsoluteDeviation } from "simple-statistics";

export const HOUR_MS = 3_600_000;
export const WEEK_MS = 7 * 24 * HOUR_MS;

/** 1.4826 × MAD estimates the standard deviation of normally distributed data, so thresholds read as "k sigmas". */
const MAD_TO_SIGMA = 1.4826;

/** What a value usually is, and the band it stays in, estimated so that a few odd samples change neither. */
export interface RobustBaseline {
  expected: number;
  lower: number;
  upper: number;
  samples: number;
}

/**
 * Business volume moves by more than counting noise (√n) alone: a good day and a bad day differ by about a tenth.
 */
const USUAL_RELATIVE_NOISE = 0.1;

/** How many spreads away from the median the band's edges are (decision 034 has the measurements behind them). */
export const BAND_WIDTH = {
  /** Around the noise every business flow has: √(expected + (10 % of expected)²). */
  noiseSigmas: 4,
  /** Around the spread the samples themselves show (1.4826 × MAD): an integration that is erratic gets a wider band. */
  sampleSigmas: 2.5,
};

/**
 * The median of the samples and a band around it (decision 034). The median and the MAD both ignore up to half the
 * samples being outliers: a holiday week with no orders, or last month's incident, does not teach the baseline
 * that zero is normal. A spread estimated from five weeks is itself noisy, so the band is the wider of a fixed
 * multiple of the usual noise and a smaller multiple of the sample spread: the first keeps quiet weeks from
 * narrowing it into false alarms, the second lets a genuinely erratic flow widen it without hiding real drops.
 */
export function robustBaseline(samples: readonly number[], width = BAND_WIDTH): RobustBaseline | null {
  if (samples.length === 0) return null;
  const values = [...samples];
  const expected = median(values);
  const noise = Math.sqrt(expected + (USUAL_RELATIVE_NOISE * expected) ** 2);
  const halfWidth = Math.max(width.noiseSigmas * noise, width.sampleSigmas * MAD_TO_SIGMA * medianAbsoluteDeviation(values));
  return { expected, lower: Math.max(0, expected - halfWidth), upper: expected + halfWidth, samples: values.length };
}

export interface SeasonalWindow {
  /** How many previous weeks to read. */
  weeks: number;
  /**
   * Whether the integration reported at all around that hour (its day has a rollup): a silent hour then counts as
   * zero records; on a day it did not report at all (before it was connected, a monitoring outage) the week is
   * left out rather than taught as zero.
   */
  reported: (hourStart: number) => boolean;
}

/** The values at the same hour of the week in the previous weeks, newest first. */
export function sameHourOfWeekSamples(hourly: ReadonlyMap<number, number>, hourStart: number, window: SeasonalWindow): number[] {
  const samples: number[] = [];
  for (let week = 1; week <= window.weeks; week += 1) {
    const at = hourStart - week * WEEK_MS;
    const value = hourly.get(at);
    if (value !== undefined) samples.push(value);
    else if (window.reported(at)) samples.push(0);
  }
  return samples;
}
