/** An object's properties that hold a value: required ones as they are, the others optional and never undefined. */
export type DefinedOnly<T extends object> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>
}

/**
 * The object without its undefined properties. Zod lets an optional key through as undefined (and
 * Electron's IPC keeps such keys): spread over defaults or stored values, it means "not given", not
 * "no value".
 */
export function definedOnly<T extends object>(value: T): DefinedOnly<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as DefinedOnly<T>
}
