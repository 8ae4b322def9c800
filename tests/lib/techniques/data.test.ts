import { describe, expect, it } from 'vitest';
import { sources } from '@/lib/content/sources';
import { clinicianAdvice, techniqueIds, techniques } from '@/lib/techniques/data';
import en from '@/public/_locales/en/messages.json';

const catalogue = en as Record<string, { message: string }>;

describe('technique content', () => {
  it.each(techniqueIds)('%s has needs, self and caregiver steps, cautions and clinician advice', (id) => {
    const technique = techniques[id];
    expect(technique.needs.length).toBeGreaterThan(0);
    expect(technique.selfSteps.length).toBeGreaterThanOrEqual(3);
    expect(technique.caregiverSteps.length).toBeGreaterThanOrEqual(3);
    expect(technique.cautions.length).toBeGreaterThan(0);
    expect(technique.clinician).toContain('worse');
  });

  it('gives every step, caution and intro a known source and a written string', () => {
    const texts = techniqueIds.flatMap((id) => {
      const t = techniques[id];
      return [...t.intro, ...t.selfSteps, ...t.caregiverSteps, ...t.cautions];
    });
    for (const text of [...texts, ...Object.values(clinicianAdvice)]) {
      expect(text.sources.length, text.key).toBeGreaterThan(0);
      for (const id of text.sources) expect(sources).toHaveProperty(id);
      expect(catalogue[text.key]?.message.trim().length, text.key).toBeGreaterThan(10);
    }
  });

  it('keeps the anatomy straight: hamstrings are named only to correct the post', () => {
    const reciprocal = techniques.reciprocal.intro.map((p) => catalogue[p.key]?.message ?? '');
    const mentions = reciprocal.filter((text) => /hamstring/i.test(text));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatch(/not/);
    expect(reciprocal.join(' ')).toMatch(/triceps/);
  });

  it('tells the default contrast plan: cold first and last, 10-minute phases, 70 minutes', () => {
    const intro = catalogue[techniques.contrast.intro[0]?.key ?? '']?.message ?? '';
    expect(intro).toMatch(/starts with cold and ends with cold/);
    expect(intro).toMatch(/70 minutes/);
  });
});
