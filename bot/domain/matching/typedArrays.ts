/** Typed arrays cannot be resized in place: a larger one is allocated and the old contents copied in. */
export function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(old: T, into: T): T {
  into.set(old);
  return into;
}
