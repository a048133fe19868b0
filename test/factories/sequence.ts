// One counter for every factory so slugs, keys and e-mails never collide within a test run, even across entities.
let counter = 0;

export function nextSequence(): number {
  counter += 1;
  return counter;
}

/** Prisma's nested `createMany` envelope, narrowed to an array so the seed can flatten it into bulk inserts. */
export interface NestedRows<T> {
  createMany: { data: T[] };
}

export function nestedRows<T>(data: T[]): NestedRows<T> {
  return { createMany: { data } };
}
