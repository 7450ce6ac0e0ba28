/**
 * The budget measures the first view's code, not its chunks' content hashes: two builds that differ
 * only in the hashes of the file names they list measure the same, and distinct chunks of one name
 * keep distinct stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { withStableHashes } from '../../../src/build/budget';

describe('the size budget', () => {
  it('holds the content hashes still, keeping names, lengths and distinct chunks apart', () => {
    const a = 'm.f=["assets/edit-C-fZM6z_.js","assets/figure-Bdb5LKbT.js","assets/figure-C9fE4jS4.js"];import{a}from"./shared-CB11lrBi.js"';
    const b = 'm.f=["assets/edit-Cj1umFvR.js","assets/figure-AqTdxdxp.js","assets/figure-BEpeVYv2.js"];import{a}from"./shared-CB11lrBi.js"';
    expect(withStableHashes(a)).toBe(withStableHashes(b));
    expect(withStableHashes(a)).toHaveLength(a.length);
    const [first, second] = withStableHashes(a).match(/figure-[\w-]{8}\.js/g)!;
    expect(first).not.toBe(second);
    expect(withStableHashes('const x = "a-b";')).toBe('const x = "a-b";');
  });
});
