/** Reads a pasted or dropped image and stores it in the workspace; the host checks type and size again. */
import { api } from '../../api/client';
import { dataUrlOf } from '../../components/base64';
import { rememberImage } from './use-playbook-images';

export const MAX_IMAGE_MB = 5;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((f) => f.type.startsWith('image/'));
}

/** Uploads one image and returns the Markdown that shows it. */
export async function uploadImage(file: File): Promise<string> {
  if (file.type === 'image/svg+xml') throw new Error(`"${file.name}" is an SVG drawing, which can hide scripts. Save it as PNG or JPEG and add that instead.`);
  if (!ACCEPTED.includes(file.type)) throw new Error(`"${file.name}" is not a PNG, JPEG, GIF or WebP image.`);
  if (file.size > MAX_IMAGE_MB * 1024 * 1024)
    throw new Error(`"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; images can be at most ${MAX_IMAGE_MB} MB. Make it smaller and add it again.`);
  const dataUrl = await dataUrlOf(file, file.name);
  const stored = await api.uploadPlaybookImage({ fileName: file.name || 'pasted-image.png', dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) });
  rememberImage(stored.id, dataUrl);
  return stored.markdown;
}
