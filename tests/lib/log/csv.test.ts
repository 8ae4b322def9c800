import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHeaders, escapeCsvCell, parseCsv, toCsv } from '@/lib/log/csv';
import { entry } from './fixtures';

describe('escapeCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\r', '"cr\r"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['Gemelo — pantorrilla ñ 日本 😀', 'Gemelo — pantorrilla ñ 日本 😀'],
    ['', ''],
    [undefined, ''],
    [7, '7'],
  ])('%j → %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header, one row per entry and CRLF line ends; notes survive a round trip', () => {
    const note = 'Woke at 3, "bad" one\nthen =cmd|x and ñandú 😀';
    const e = entry(1, {
      place: 'calf',
      side: 'left',
      severity: 6,
      tried: ['stretching', 'compression'],
      trigger: 'rest',
      disturbance: 4,
      note,
      forClinic: true,
    });
    const text = toCsv([e], (place) => `name of ${place}, with comma`);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...csvHeaders]);
    const row = Object.fromEntries(csvHeaders.map((h, i) => [h, rows[1]?.[i]]));
    expect(row).toMatchObject({
      id: e.id,
      place_id: 'calf',
      place: 'name of calf, with comma',
      side: 'left',
      severity_0_10: '6',
      tried: 'stretching;compression',
      note,
      source: 'manual',
      trigger: 'rest',
      disturbance_0_10: '4',
      note_for_clinic: 'yes',
    });
    // The newer columns come last: a sheet built on the older ones keeps its positions.
    expect(csvHeaders.slice(-3)).toEqual(['trigger', 'disturbance_0_10', 'note_for_clinic']);
    expect(row.when_utc).toBe(new Date(e.at).toISOString());
    expect(rows).toHaveLength(2);
  });

  it('never lets a cell start a formula, and always round-trips otherwise (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const cell = escapeCsvCell(text);
        const parsed = parseCsv(`${cell}\r\n`)[0]?.[0] ?? '';
        expect(/^[=+\-@\t\r]/.test(parsed)).toBe(false);
        expect(parsed === text || parsed === `'${text}`).toBe(true);
      }),
    );
  });
});
