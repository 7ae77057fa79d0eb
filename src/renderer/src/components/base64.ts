/** Files and bytes as base64 for the host's JSON operations, and back. */

/** The blob as a `data:` URL; the error names the file when it cannot be read. */
export function dataUrlOf(blob: Blob, name?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(name ? `"${name}" could not be read.` : 'The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** The blob's bytes as base64 (the `data:` URL without its header). */
export async function base64Of(blob: Blob, name?: string): Promise<string> {
  const url = await dataUrlOf(blob, name);
  return url.slice(url.indexOf(',') + 1);
}

export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
