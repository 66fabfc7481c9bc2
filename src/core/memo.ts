/** Remembers a pure function's results per string key: plans repeat a few statuses and deadlines. */
export function memo<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= limit) cache.clear();
      v = fn(key);
      cache.set(key, v);
    }
    return v as T;
  };
}
