/**
 * `ArrayBuffer.prototype.transferToFixedLength` where the runtime lacks it
 * (Node 20; it came in Node 21). The pdf.js build that unpdf bundles calls
 * it when a page's drawing operators are read (`getOperatorList`: each font
 * is packed into a buffer for the renderer); without it the list stops at the
 * first text drawn, and the table borders drawn after it are lost. The copy
 * leaves the old buffer attached, which pdf.js does not rely on.
 */
export function ensureTransferToFixedLength(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const out = new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return out;
    },
  });
}
