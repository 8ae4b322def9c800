import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

// What the worker says (notification, speech, caregiver window: alertText) counts through
// Intl.PluralRules (tCount): "1 minute", never "1 minutes", in English and in Spanish.

const catalogues: Record<string, unknown> = {
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')),
  es: JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8')),
};
const serve = vi.fn(async (url: string) => {
  const language = /\/_locales\/(\w+)\/messages\.json$/.exec(String(url))?.[1] ?? '';
  return new Response(JSON.stringify(catalogues[language]));
});

const t0 = 1_700_000_000_000;

/** Fresh copies of lib/i18n and the timer's text, in `language`. */
async function inLanguage(language: 'en' | 'es') {
  vi.resetModules();
  vi.stubGlobal('fetch', serve);
  const i18n = await import('@/lib/i18n');
  await i18n.setLanguage(language);
  const machine = await import('@/lib/contrast/machine');
  const { buildPlan } = await import('@/lib/contrast/protocol');
  const { alertText } = await import('@/lib/contrast/text');
  /** The alert a session with these settings raises: the first warm phase, a heads-up, or "ends soon". */
  return (
    minutes: number,
    kind: 'phase' | 'hotReady' | 'endsSoon',
    endsSoonSeconds = 0,
    hotReadyMinutes = 0,
  ): string => {
    const plan = buildPlan({
      coldMinutes: minutes,
      hotMinutes: minutes,
      rounds: 1,
      swapSeconds: 0,
      hotReadyMinutes,
      endsSoonSeconds,
    });
    let state = machine.transition({ status: 'idle' }, { type: 'start', plan, sessionId: 'p' }, t0);
    if (state.status !== 'running') throw new Error('not running');
    const at = kind === 'phase' ? state.endsAt : (machine.pendingHeadsUp(state, kind) ?? 0);
    const name = machine.alarmName(kind === 'phase' ? 'end' : kind, 'p', 0);
    state = machine.transition(state, { type: 'alarm', name }, at);
    const alert = state.status === 'idle' ? null : state.session.alert;
    if (!alert) throw new Error('no alert');
    return alertText(state, alert);
  };
}

describe('worker texts count in words', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('English: 1 minute, 2 minutes; 1 second, 2 seconds', async () => {
    const say = await inLanguage('en');
    expect(say(1, 'phase')).toBe('Switch to the warm pack now. 1 minute.');
    expect(say(2, 'phase')).toBe('Switch to the warm pack now. 2 minutes.');
    expect(say(1, 'hotReady', 0, 1)).toBe('Get the warm pack ready: the warm phase starts in 1 minute.');
    expect(say(5, 'hotReady', 0, 2)).toBe('Get the warm pack ready: the warm phase starts in 2 minutes.');
    expect(say(1, 'endsSoon', 1)).toBe('Cold phase ends in 1 second.');
    expect(say(1, 'endsSoon', 30)).toBe('Cold phase ends in 30 seconds.');
  });

  it('Spanish: 1 minuto, 2 minutos; 1 segundo, 2 segundos', async () => {
    const say = await inLanguage('es');
    expect(say(1, 'phase')).toMatch(/ 1 minuto\.$/);
    expect(say(2, 'phase')).toMatch(/ 2 minutos\.$/);
    expect(say(1, 'hotReady', 0, 1)).toMatch(/ dentro de 1 minuto\.$/);
    expect(say(5, 'hotReady', 0, 3)).toMatch(/ dentro de 3 minutos\.$/);
    expect(say(1, 'endsSoon', 1)).toMatch(/ dentro de 1 segundo\.$/);
    expect(say(1, 'endsSoon', 2)).toMatch(/ dentro de 2 segundos\.$/);
  });
});
