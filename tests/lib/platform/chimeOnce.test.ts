import { describe, expect, it } from 'vitest';
import { chimeOnce } from '@/lib/platform/chimeOnce';

describe('chimeOnce', () => {
  it('lets each chime key through once, and other keys each once', () => {
    const firstTime = chimeOnce();
    expect(firstTime('s#1@1')).toBe(true);
    expect(firstTime('s#1@1')).toBe(false);
    expect(firstTime('s#1@2')).toBe(true);
    expect(firstTime('s#2@1')).toBe(true);
    expect(firstTime('s#1@2')).toBe(false);
  });

  it('forgets the oldest keys first, so its memory stays small', () => {
    const firstTime = chimeOnce();
    for (let i = 0; i < 64; i++) expect(firstTime(`k${i}`)).toBe(true);
    expect(firstTime('k0')).toBe(false);
    expect(firstTime('k64')).toBe(true);
    // k0 was the oldest: forgotten now, while k1 is still remembered.
    expect(firstTime('k1')).toBe(false);
    expect(firstTime('k0')).toBe(true);
  });
});
