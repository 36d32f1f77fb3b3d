/**
 * Math.imul read once: a global looked up inside the loop costs a property lookup per character wherever globals are
 * slow to reach (a vm context's global object is an interceptor: 30× the whole hash in the emulation).
 */
const imul = Math.imul;

/** FNV-1a, 32 bits, as 8 hex digits: a cheap fingerprint of what an event shows (not a security hash). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
