import { readFile } from 'node:fs/promises'
import { inflateSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { trayIconStates } from '../../src/shared/domain/tray'

/** Reads an RGBA PNG whose rows all use filter 0 (what scripts/generate-icons.mjs writes). */
async function decode(path: string) {
  const file = await readFile(path)
  expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  const width = file.readUInt32BE(16)
  const height = file.readUInt32BE(20)
  expect([file[24], file[25]]).toEqual([8, 6])
  const idat: Buffer[] = []
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset)
    if (file.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      idat.push(file.subarray(offset + 8, offset + 8 + length))
    offset += length + 12
  }
  const raw = inflateSync(Buffer.concat(idat))
  const pixels: number[][] = []
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 4 + 1)
    expect(raw[row], 'filter type').toBe(0)
    for (let x = 0; x < width; x += 1) pixels.push([...raw.subarray(row + 1 + x * 4, row + 5 + x * 4)])
  }
  return { width, height, pixels }
}

describe('icons in resources/', () => {
  it.each(trayIconStates.flatMap((state) => [`${state}`, `${state}Template`]))(
    'tray %s has 1x and 2x images',
    async (name) => {
      for (const [suffix, size] of [
        ['', 16],
        ['@2x', 32],
      ] as const) {
        const { width, height, pixels } = await decode(`resources/tray/${name}${suffix}.png`)
        expect([width, height]).toEqual([size, size])
        const opaque = pixels.filter((pixel) => (pixel[3] ?? 0) > 0)
        expect(opaque.length, 'something is drawn').toBeGreaterThan(size * size * 0.1)
        if (name.endsWith('Template'))
          expect(opaque.every((pixel) => pixel[0] === 0 && pixel[1] === 0 && pixel[2] === 0)).toBe(true)
      }
    },
  )

  it('has the app icon at 512 and 256', async () => {
    expect((await decode('resources/icon.png')).width).toBe(512)
    expect((await decode('resources/icon@256.png')).width).toBe(256)
  })

  it('gives each tray state a different picture', async () => {
    const pictures = await Promise.all(
      trayIconStates.map((state) => readFile(`resources/tray/${state}@2x.png`, 'base64')),
    )
    expect(new Set(pictures).size).toBe(trayIconStates.length)
  })
})
