// Writes public/sounds/chime.wav: a soft two-tone chime (16-bit mono PCM, 22.05 kHz, ~1.2 s).
// Synthesised here so the extension ships no downloaded media. Run: node tests/tools/make-chime.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const rate = 22_050;
const seconds = 1.2;
const samples = Math.round(rate * seconds);
const pcm = Buffer.alloc(samples * 2);
const tones = [
  { freq: 880, start: 0 },
  { freq: 1318.5, start: 0.35 },
];
for (let i = 0; i < samples; i++) {
  const time = i / rate;
  let value = 0;
  for (const tone of tones) {
    const local = time - tone.start;
    if (local < 0) continue;
    const envelope = Math.min(1, local / 0.01) * Math.exp(-local * 4);
    value +=
      0.4 *
      envelope *
      (Math.sin(2 * Math.PI * tone.freq * local) + 0.3 * Math.sin(4 * Math.PI * tone.freq * local));
  }
  pcm.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(value * 32767))), i * 2);
}
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + pcm.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16);
header.writeUInt16LE(1, 20);
header.writeUInt16LE(1, 22);
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate * 2, 28);
header.writeUInt16LE(2, 32);
header.writeUInt16LE(16, 34);
header.write('data', 36);
header.writeUInt32LE(pcm.length, 40);
mkdirSync('public/sounds', { recursive: true });
writeFileSync('public/sounds/chime.wav', Buffer.concat([header, pcm]));
console.log(`public/sounds/chime.wav: ${44 + pcm.length} bytes`);
