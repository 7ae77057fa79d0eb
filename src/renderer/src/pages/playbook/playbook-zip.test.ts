// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { folderFromZip, zipFolder } from './playbook-zip';

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
});
