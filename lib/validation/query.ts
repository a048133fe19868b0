/**
 * The one rule for reading key/value entries (a URL's query, a submitted form's data) into an object for a zod
 * schema: a key given once is a value, a key given several times is an array of its values, in order.
 */
export function recordOfEntries<V>(entries: Iterable<readonly [string, V]>): Record<string, V | V[]> {
  // A Map, then fromEntries: a key such as "__proto__" becomes an own property instead of a prototype.
  const values = new Map<string, V[]>();
  for (const [key, value] of entries) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  return Object.fromEntries([...values].map(([key, list]) => [key, list.length === 1 ? list[0] : list]));
}
