/** Time is injected everywhere jobs and deadlines are computed, so tests can move the clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
