// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { deflatedZeros, rawZip } from '../../../../shared/zip/fixtures/zip-bomb';
import { folderFromZip, MAX_PLAYBOOK_ZIP_BYTES, zipFolder } from './playbook-zip';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('playbook zips in the browser', () => {
  it('carry the Markdown files and the images of assets/ there and back', async () => {
    const folder = {
      files: [
        { path: 'playbook.yaml', text: 'format: cxdojo-playbook/1\n' },
        { path: 'chapters/01-hello.md', text: '---\nid: hello\n---\n![Shelf](asset:shelf)\nขอบคุณค่ะ 🧕🏽\n' },
      ],
      images: [{ path: 'assets/shelf.png', dataBase64: PNG_1PX }],
    };
    const back = await folderFromZip(zipFolder(folder));
    expect(back.files.sort((a, b) => a.path.localeCompare(b.path))).toEqual(folder.files.sort((a, b) => a.path.localeCompare(b.path)));
    expect(back.images).toEqual(folder.images);
  });

  it('leave out what is not playbook content: macOS metadata, other files, images outside assets/ or over 5 MB', async () => {
    const png = Uint8Array.from(atob(PNG_1PX), (c) => c.charCodeAt(0));
    const zip = zipSync({
      'playbook/playbook.yaml': strToU8('format: cxdojo-playbook/1\n'),
      '__MACOSX/playbook/._playbook.yaml': strToU8('x'),
      'playbook/notes.txt': strToU8('x'),
      'playbook/photo.png': png,
      'playbook/assets/huge.png': new Uint8Array(5 * 1024 * 1024 + 1),
      'playbook/assets/ok.png': png,
    });
    const folder = await folderFromZip(zip);
    expect(folder.files.map((f) => f.path)).toEqual(['playbook/playbook.yaml']);
    expect(folder.images.map((i) => i.path)).toEqual(['playbook/assets/ok.png']);
  });

  it('refuse an image whose header understates its size, naming it, instead of unpacking it all', async () => {
    const zeros = deflatedZeros(300 * 1024 * 1024);
    const zip = rawZip([
      { name: 'playbook/playbook.yaml', data: strToU8('format: cxdojo-playbook/1\n'), method: 0, declaredSize: 26 },
      { name: 'playbook/assets/shelf.png', data: zeros.data, declaredSize: 2048 },
    ]);
    await expect(folderFromZip(zip)).rejects.toThrow('"playbook/assets/shelf.png" unpacks to more than the 2 KB its header declares, so the zip is damaged or made to overload the app. It was not read. Make the zip again.');
  });

  it('stop at the entry that takes the whole folder past the limit', async () => {
    const image = deflatedZeros(4.5 * 1024 * 1024);
    const count = Math.floor(MAX_PLAYBOOK_ZIP_BYTES / image.size) + 1;
    const zip = rawZip(Array.from({ length: count }, (_, i) => ({ name: `assets/photo-${i + 1}.png`, data: image.data, declaredSize: image.size })));
    await expect(folderFromZip(zip)).rejects.toThrow(`"assets/photo-${count}.png" in the zip unpacks to 4.5 MB; with the ${count - 1} files before it that passes the limit of 40 MB. It was not unpacked. A playbook zip may hold 40 MB of files and images in all; make the images smaller or leave some out.`);
  });
});
