// `npm run icons`: draws every icon AgentDesk ships (app icon, a tray icon per state with
// @2x and macOS template variants, and the installers' PNG set, .ico and .icns) from vector shapes, so they stay sharp and consistent.
// Deterministic: the same code writes the same bytes. No dependencies: zlib and a tiny PNG encoder.
import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

import { encodeIcns, encodeIco } from './icons/icon-containers.mjs'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** RGBA pixels (0..255) to a PNG, every row with filter 0. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// Signed distances in a unit square (0..1, y down): negative inside.
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r
const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)))
const subtract = (shape, cut) => (x, y) => Math.max(shape(x, y), -cut(x, y))
function segment(ax, ay, bx, by, r) {
  return (x, y) => {
    const px = x - ax
    const py = y - ay
    const dx = bx - ax
    const dy = by - ay
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)))
    return Math.hypot(px - dx * t, py - dy * t) - r
  }
}
/** A thick arc of a ring, from angle a0 to a1 (radians, y down). */
function arc(cx, cy, radius, width, a0, a1) {
  return (x, y) => {
    const angle = Math.atan2(y - cy, x - cx)
    const inside = a0 <= a1 ? angle >= a0 && angle <= a1 : angle >= a0 || angle <= a1
    if (inside) return Math.abs(Math.hypot(x - cx, y - cy) - radius) - width
    const end = (a) => Math.hypot(x - (cx + radius * Math.cos(a)), y - (cy + radius * Math.sin(a))) - width
    return Math.min(end(a0), end(a1))
  }
}
function roundedSquare(inset, radius) {
  return (x, y) => {
    const qx = Math.abs(x - 0.5) - (0.5 - inset - radius)
    const qy = Math.abs(y - 0.5) - (0.5 - inset - radius)
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius
  }
}

/** The handset: a curved grip with an earpiece and a mouthpiece, bottom-left to top-right. */
function handset(scale = 1, ox = 0, oy = 0) {
  const s = (shape) => (x, y) => shape((x - ox) / scale, (y - oy) / scale) * scale
  return s(
    union(
      arc(0.7, 0.36, 0.38, 0.095, Math.PI * 0.5, Math.PI * 1.0),
      union(segment(0.24, 0.3, 0.38, 0.14, 0.12), segment(0.56, 0.86, 0.72, 0.72, 0.12)),
    ),
  )
}

/** Renders layers (shape + colour, painted in order) with 4×4 supersampling. */
function render(size, layers) {
  const pixels = Buffer.alloc(size * size * 4)
  const samples = 4
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0]
      for (const { shape, color } of layers) {
        let covered = 0
        for (let sy = 0; sy < samples; sy += 1) {
          for (let sx = 0; sx < samples; sx += 1) {
            const x = (px + (sx + 0.5) / samples) / size
            const y = (py + (sy + 0.5) / samples) / size
            if (shape(x, y) <= 0) covered += 1
          }
        }
        const alpha = (covered / (samples * samples)) * (color[3] ?? 1)
        if (alpha === 0) continue
        // "Over" compositing in straight alpha.
        const outA = alpha + a * (1 - alpha)
        r = (color[0] * alpha + r * a * (1 - alpha)) / outA
        g = (color[1] * alpha + g * a * (1 - alpha)) / outA
        b = (color[2] * alpha + b * a * (1 - alpha)) / outA
        a = outA
      }
      const offset = (py * size + px) * 4
      pixels[offset] = Math.round(r)
      pixels[offset + 1] = Math.round(g)
      pixels[offset + 2] = Math.round(b)
      pixels[offset + 3] = Math.round(a * 255)
    }
  }
  return pixels
}

const grey = [88, 99, 114]
const halo = [255, 255, 255, 0.85]
const green = [22, 163, 74]
const red = [229, 72, 77]
const black = [0, 0, 0]

const phone = handset()
const grow = (shape, by) => (x, y) => shape(x, y) - by
const waves = union(arc(0.6, 0.4, 0.2, 0.055, -Math.PI * 0.5, 0), arc(0.6, 0.4, 0.36, 0.055, -Math.PI * 0.5, 0))
const dot = circle(0.8, 0.2, 0.18)
const pauseBars = union(segment(0.7, 0.06, 0.7, 0.36, 0.065), segment(0.9, 0.06, 0.9, 0.36, 0.065))

/** Each tray state as colour layers, and as one template shape for macOS. */
const trayStates = {
  idle: {
    layers: [
      { shape: grow(phone, 0.06), color: halo },
      { shape: phone, color: grey },
    ],
    template: phone,
  },
  ringing: {
    layers: [
      { shape: grow(union(phone, waves), 0.06), color: halo },
      { shape: phone, color: green },
      { shape: waves, color: green },
    ],
    template: union(phone, waves),
  },
  attention: {
    layers: [
      { shape: grow(subtract(phone, grow(dot, 0.07)), 0.06), color: halo },
      { shape: subtract(phone, grow(dot, 0.07)), color: grey },
      { shape: grow(dot, 0.04), color: [255, 255, 255] },
      { shape: dot, color: red },
    ],
    template: union(subtract(phone, grow(dot, 0.07)), dot),
  },
  paused: {
    layers: [
      { shape: grow(union(phone, pauseBars), 0.06), color: halo },
      { shape: subtract(phone, grow(pauseBars, 0.07)), color: [150, 158, 170] },
      { shape: pauseBars, color: grey },
    ],
    template: union(subtract(phone, grow(pauseBars, 0.07)), pauseBars),
  },
}

const written = []
function write(path, size, layers) {
  const png = encodePng(size, render(size, layers))
  writeFileSync(path, png)
  written.push(`${path} ${size}x${size} ${png.length} bytes`)
}

mkdirSync('resources/tray', { recursive: true })
for (const [state, { layers, template }] of Object.entries(trayStates)) {
  write(`resources/tray/${state}.png`, 16, layers)
  write(`resources/tray/${state}@2x.png`, 32, layers)
  write(`resources/tray/${state}Template.png`, 16, [{ shape: template, color: black }])
  write(`resources/tray/${state}Template@2x.png`, 32, [{ shape: template, color: black }])
}
const tile = roundedSquare(0.04, 0.2)
const appIcon = [
  { shape: tile, color: [15, 108, 189] },
  { shape: subtract(tile, circle(0.2, 0.15, 0.75)), color: [10, 84, 160] },
  { shape: handset(0.72, 0.1, 0.14), color: [255, 255, 255] },
]
write('resources/icon.png', 512, appIcon)
write('resources/icon@256.png', 256, appIcon)

// Installer icons (electron-builder's build/ folder): a PNG set for Linux, .ico, .icns.
mkdirSync('build/icons', { recursive: true })
const appPngs = new Map()
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  const png = encodePng(size, render(size, appIcon))
  appPngs.set(size, png)
  if (size !== 24) {
    writeFileSync(`build/icons/${size}x${size}.png`, png)
    written.push(`build/icons/${size}x${size}.png ${png.length} bytes`)
  }
}
const pick = (sizes) => sizes.map((size) => ({ size, png: appPngs.get(size) }))
const ico = encodeIco(pick([16, 24, 32, 48, 64, 128, 256]))
writeFileSync('build/icon.ico', ico)
const icns = encodeIcns(pick([16, 32, 64, 128, 256, 512]))
writeFileSync('build/icon.icns', icns)
written.push(`build/icon.ico ${ico.length} bytes`, `build/icon.icns ${icns.length} bytes`)
console.log(written.join('\n'))
