/**
 * The shape of the reviewed data files: a concept per service move (its wordings per language and
 * the examples its tests check) and the shop-vocabulary synonym sets.
 */
import { z } from 'zod';

export const CONCEPT_LANGUAGES = ['en', 'ms', 'id', 'vi', 'tl', 'th'] as const;
export type ConceptLanguage = (typeof CONCEPT_LANGUAGES)[number];

const perLanguage = <T extends z.ZodType>(item: T) => z.partialRecord(z.enum(CONCEPT_LANGUAGES), item);

export const conceptFileSchema = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  label: z.string().min(1),
  description: z.string().default(''),
  /** 'avoid': a move a reply must not make (blaming the customer); must-avoid phrases expand only to these. */
  use: z.enum(['reply', 'avoid']).default('reply'),
  phrases: perLanguage(z.array(z.string().min(1))),
  tests: perLanguage(z.object({ match: z.array(z.string()).default([]), noMatch: z.array(z.string()).default([]) })).default({}),
});

export const synonymFileSchema = perLanguage(z.array(z.array(z.string().min(1)).min(2)));

export type ConceptFile = z.input<typeof conceptFileSchema>;
export type SynonymFile = z.input<typeof synonymFileSchema>;
