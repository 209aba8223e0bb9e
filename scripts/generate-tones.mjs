// Writes the built-in ringtones (resources/tones/*.wav): sine tones made here, so they are ours to
// ship. 16 kHz mono 16-bit, about two seconds each (< 100 KB); the player loops them while a call rings.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const RATE = 16_000
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'tones')

/** One note: frequencies (a chord), start and length in seconds, with a short fade in and out. */
const note = (freqs, start, length, decay = 0) => ({ freqs, start, length, decay })

const tones = {
  // Two soft rising notes, twice.
  chime: {
    seconds: 2,
    notes: [note([660], 0, 0.35, 3), note([880], 0.4, 0.5, 3), note([660], 1, 0.35, 3), note([880], 1.4, 0.5, 3)],
  },
  // A telephone-like double pulse (two tones together), then silence.
  pulse: { seconds: 2, notes: [note([440, 480], 0, 0.4), note([440, 480], 0.6, 0.4)] },
  // One struck bell with overtones that dies away.
  bell: { seconds: 2, notes: [note([523.25, 1046.5, 1569.75], 0, 1.6, 2.5)] },
}

function render({ seconds, notes }) {
  const samples = new Float32Array(Math.round(seconds * RATE))
  for (const { freqs, start, length, decay } of notes) {
    const from = Math.round(start * RATE)
    const count = Math.round(length * RATE)
    const fade = Math.round(0.01 * RATE)
    for (let i = 0; i < count && from + i < samples.length; i += 1) {
      const t = i / RATE
      const envelope = Math.min(1, i / fade, (count - i) / fade) * Math.exp(-decay * t)
      let value = 0
      freqs.forEach((freq, k) => (value += Math.sin(2 * Math.PI * freq * t) / (k + 1)))
      samples[from + i] += (value / freqs.length) * envelope * 0.6
    }
  }
  return samples
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((sample, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), i * 2))
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(RATE, 24)
  header.writeUInt32LE(RATE * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

mkdirSync(out, { recursive: true })
for (const [name, tone] of Object.entries(tones)) {
  const file = join(out, `${name}.wav`)
  writeFileSync(file, wav(render(tone)))
  console.log(`wrote ${file}`)
}
