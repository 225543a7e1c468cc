import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../schema/context.js';

/**
 * Outside production, every query and mutation result says how its upstream reads were served:
 * `extensions.cache = { hits, misses }` (reads answered from the cache, reads that went upstream);
 * nothing when the cache is off or the operation read nothing cacheable.
 */
export function useCacheExtensions(): Plugin<GatewayContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!result || Symbol.asyncIterator in result || !args.contextValue.cache.reads) return;
          const { hits, misses } = args.contextValue.cache.stats;
          if (hits + misses === 0) return;
          setResult({ ...result, extensions: { ...result.extensions, cache: { hits, misses } } });
        },
      };
    },
  };
}
