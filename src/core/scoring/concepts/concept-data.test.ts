/** The generated concept module must be rebuilt whenever a concept or synonym file changes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, generatedSource } from '../../../../scripts/build-scoring-data';

describe('the generated scoring data', () => {
  it('matches the YAML files it is built from (run `npm run scoring-data` after editing them)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generatedSource());
  });
});
