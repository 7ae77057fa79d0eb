import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, operationNames } from './index';
import { EVERYONE, joinOperations, operation } from './operation';

const spec = operation<null>()({ input: z.object({}), access: EVERYONE, summary: 'A test operation.' });

describe('joining the domains into one contract', () => {
  it('keeps every domain operation under its own name', () => {
    expect(Object.keys(joinOperations({ a: spec }, { b: spec }))).toEqual(['a', 'b']);
    expect(operationNames.length).toBe(Object.keys(contract).length);
  });

  it('refuses a name two domains both declare', () => {
    expect(() => joinOperations({ signIn: spec }, { signOut: spec }, { signIn: spec })).toThrow(/"signIn" is declared twice/);
  });
});
