/*
 * Binary data (Yjs updates) inside a JSON body: standard base64 with padding. btoa and atob
 * exist in browsers and in Node ≥ 16 alike; they are looked up on globalThis so the contract
 * compiles without the DOM's types.
 */

const { btoa, atob } = globalThis as unknown as { btoa(data: string): string; atob(data: string): string };

/** Chunks keep String.fromCharCode's argument list short on a large update. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Throws on anything that is not base64 (callers check the format with a schema first). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
