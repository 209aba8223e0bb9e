/**
 * The two icon containers the installers need, built from PNG images: Windows .ico and macOS
 * .icns. Both formats can hold PNG data as it is, so no image is re-encoded.
 */

/** An .ico holding one PNG per size (sizes up to 256; 256 is written as 0 in the directory). */
export function encodeIco(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  const directory = Buffer.alloc(16 * images.length)
  let offset = 6 + directory.length
  images.forEach(({ size, png }, index) => {
    if (size > 256) throw new Error(`.ico images are at most 256 px (got ${size})`)
    const entry = index * 16
    directory.writeUInt8(size === 256 ? 0 : size, entry)
    directory.writeUInt8(size === 256 ? 0 : size, entry + 1)
    directory.writeUInt8(0, entry + 2) // no palette
    directory.writeUInt8(0, entry + 3)
    directory.writeUInt16LE(1, entry + 4) // colour planes
    directory.writeUInt16LE(32, entry + 6) // bits per pixel
    directory.writeUInt32LE(png.length, entry + 8)
    directory.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, directory, ...images.map(({ png }) => png)])
}

/** The .icns type of each PNG size Apple defines. */
const icnsTypes = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' }

/** An .icns holding one PNG per size. */
export function encodeIcns(images) {
  const chunks = images.map(({ size, png }) => {
    const type = icnsTypes[size]
    if (!type) throw new Error(`.icns has no slot for ${size} px`)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(chunks)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

/** Reads an .ico's directory back: the sizes and the PNG of each entry. */
export function readIco(buffer) {
  const count = buffer.readUInt16LE(4)
  return Array.from({ length: count }, (_unused, index) => {
    const entry = 6 + index * 16
    const length = buffer.readUInt32LE(entry + 8)
    const offset = buffer.readUInt32LE(entry + 12)
    return { size: buffer.readUInt8(entry) || 256, png: buffer.subarray(offset, offset + length) }
  })
}

/** Reads an .icns back: the type and data of each chunk. */
export function readIcns(buffer) {
  if (buffer.toString('ascii', 0, 4) !== 'icns') throw new Error('not an .icns file')
  const chunks = []
  for (let offset = 8; offset < buffer.readUInt32BE(4);) {
    const length = buffer.readUInt32BE(offset + 4)
    chunks.push({
      type: buffer.toString('ascii', offset, offset + 4),
      data: buffer.subarray(offset + 8, offset + length),
    })
    offset += length
  }
  return chunks
}
