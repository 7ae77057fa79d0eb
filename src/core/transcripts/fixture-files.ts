/** Test-only: reads fixture files next to the tests as bytes, the way the CLI and hosts pass them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranscriptImportError } from './import-error';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** The import error a call throws; fails the test when it throws nothing or something else. */
export function importErrorOf(run: () => unknown): TranscriptImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof TranscriptImportError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptImportError');
}
