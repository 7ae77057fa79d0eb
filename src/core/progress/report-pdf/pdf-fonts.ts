/**
 * The fonts a report PDF embeds: Noto Sans for Latin (with every Vietnamese diacritic) and Noto
 * Sans Thai, regular and bold, from resources/fonts (OFL). A PDF has no font fallback of its own,
 * so text is split into runs and each run is drawn with the font that covers its script.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { AppError } from '../../../shared/errors';

export interface FontFamily {
  latin: PDFFont;
  thai: PDFFont;
}

export interface ReportFonts {
  regular: FontFamily;
  bold: FontFamily;
}

/** Where the fonts sit in a checkout; the packaged app passes its own resources folder. */
export const repoFontsDir = resolve(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');

const FILES = {
  regularLatin: 'NotoSans-Regular.ttf',
  regularThai: 'NotoSansThai-Regular.ttf',
  boldLatin: 'NotoSans-Bold.ttf',
  boldThai: 'NotoSansThai-Bold.ttf',
} as const;

const cache = new Map<string, Promise<Uint8Array>>();

function fontBytes(dir: string, file: string): Promise<Uint8Array> {
  const path = join(dir, file);
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = readFile(path).then(
      (b) => new Uint8Array(b),
      () => {
        cache.delete(path);
        throw new AppError('INTERNAL', `The report font ${file} is missing from ${dir}. Reinstall CX Dojo.`);
      },
    );
    cache.set(path, bytes);
  }
  return bytes;
}

export async function embedReportFonts(doc: PDFDocument, dir: string): Promise<ReportFonts> {
  doc.registerFontkit(fontkit);
  const embed = async (file: string) => doc.embedFont(await fontBytes(dir, file), { subset: true });
  const [regularLatin, regularThai, boldLatin, boldThai] = await Promise.all(
    [FILES.regularLatin, FILES.regularThai, FILES.boldLatin, FILES.boldThai].map(embed),
  );
  return { regular: { latin: regularLatin, thai: regularThai }, bold: { latin: boldLatin, thai: boldThai } };
}

const THAI = /[\u0E00-\u0E7F]/;

/** Splits text into runs of one script each; spaces stay with the run they are in. */
export function scriptRuns(text: string): { thai: boolean; text: string }[] {
  const runs: { thai: boolean; text: string }[] = [];
  for (const char of text.normalize('NFC')) {
    const thai = THAI.test(char);
    const last = runs.at(-1);
    const neutral = char === ' ';
    if (last && (last.thai === thai || neutral)) last.text += char;
    else runs.push({ thai, text: char });
  }
  return runs;
}
