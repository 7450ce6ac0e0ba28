/**
 * The query cache of the app. The data is bundled with the app and never changes while it runs:
 * fetch once, keep it. notifyOnChangeProps 'all': by default a query only notifies of the properties
 * read so far, and an embed reads `data` only in a component that loads later, so it never heard
 * that the data came.
 */
import { QueryClient } from '@tanstack/svelte-query';

export function createClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: 1, refetchOnWindowFocus: false, notifyOnChangeProps: 'all' },
    },
  });
}
