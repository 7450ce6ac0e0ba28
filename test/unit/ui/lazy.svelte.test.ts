import { describe, expect, it } from 'vitest';
import { Lazy, retryUrl } from '../../../src/lib/ui/lazy.svelte';

describe('a lazily loaded part', () => {
  it('fetches a chunk that failed under a URL of its own (a browser may keep the failed module), only from this site', () => {
    const chunk = `${location.origin}/assets/Presenter-abc123.js`;
    const again = retryUrl(new TypeError(`Failed to fetch dynamically imported module: ${chunk}`));
    expect(again).toMatch(new RegExp(`^${chunk.replace(/[.]/g, '\\.')}\\?retry=\\d+$`));
    expect(retryUrl(new TypeError('Failed to fetch dynamically imported module: https://elsewhere.example/a.js'))).toBeNull();
    expect(retryUrl(new TypeError('Importing a module script failed.'))).toBeNull();
  });

  it('tries a failed load once more, then says why, and tries again when asked', async () => {
    let calls = 0;
    const lazy = new Lazy(async () => {
      calls++;
      if (calls < 3) throw new Error('offline');
      return { default: (() => {}) as never };
    });
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(calls).toBe(2);
    expect(lazy.error?.message).toBe('offline');
    await lazy.load();
    expect(lazy.current).not.toBeNull();
    expect(lazy.error).toBeNull();
  });
});
