/**
 * A response body without the cache's `extensions.cache` report (present outside production), for
 * assertions about exactly what a client was told.
 */
export function withoutCacheReport<T>(body: T): T {
  if (!body || typeof body !== 'object' || !('extensions' in body)) return body;
  const { extensions, ...rest } = body as { extensions?: Record<string, unknown> };
  const { cache: _cache, ...others } = extensions ?? {};
  return (Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest) as T;
}
