/**
 * Images pasted or dropped into a chapter: the type is read from the file's own first bytes (never
 * from its name or a declared type), only PNG, JPEG, GIF and WebP pass — SVG can carry script — and
 * the size is capped. Markdown points at a stored image as `![alt](asset:<id>)`.
 */
import type { PlaybookAsset } from '../../shared/domain/playbook';
import { AppError } from '../../shared/errors';

export type ImageMime = PlaybookAsset['mime'];

const EXTENSIONS: Record<ImageMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

/** The image type from the file's magic bytes, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export function imageExtension(mime: ImageMime): string {
  return EXTENSIONS[mime];
}

/** Decodes and checks an uploaded image; refuses with a message that says what to do instead. */
export function checkedImage(dataBase64: string, fileName: string, maxBytes: number): { bytes: Uint8Array; mime: ImageMime } {
  const cleaned = dataBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned)) throw new AppError('BAD_FILE', `"${fileName}" did not arrive as an image. Try adding it again.`);
  const bytes = new Uint8Array(Buffer.from(cleaned, 'base64'));
  if (bytes.length === 0) throw new AppError('BAD_FILE', `"${fileName}" is empty.`);
  if (bytes.length > maxBytes)
    throw new AppError('TOO_LARGE', `"${fileName}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; images can be at most ${Math.round(maxBytes / 1024 / 1024)} MB. Make it smaller (a screenshot or a resized photo) and add it again.`);
  const mime = sniffImageType(bytes);
  if (!mime) {
    const svg = /\.svg$/i.test(fileName) || /^\s*(<\?xml|<svg)/i.test(new TextDecoder().decode(bytes.slice(0, 200)));
    throw new AppError('BAD_FILE', svg ? `"${fileName}" is an SVG drawing, which can hide scripts. Save it as PNG or JPEG and add that instead.` : `"${fileName}" is not a PNG, JPEG, GIF or WebP image.`);
  }
  return { bytes, mime };
}

/** Asset ids a piece of Markdown shows, in order, each once. */
export function assetRefs(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/!\[[^\]]*\]\(\s*asset:([A-Za-z0-9_-]+)/g)].map((m) => m[1]))];
}

/** The Markdown line that shows an asset; brackets in the alt text are dropped so the link stays valid. */
export function assetMarkdown(id: string, alt: string): string {
  return `![${alt.replace(/[[\]\n\r]/g, ' ').trim()}](asset:${id})`;
}
