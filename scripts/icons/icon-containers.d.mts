/** One PNG image of a given square size. */
export interface SizedPng {
  size: number
  png: Buffer
}

export function encodeIco(images: ReadonlyArray<SizedPng>): Buffer
export function encodeIcns(images: ReadonlyArray<SizedPng>): Buffer
export function readIco(buffer: Buffer): SizedPng[]
export function readIcns(buffer: Buffer): Array<{ type: string; data: Buffer }>
