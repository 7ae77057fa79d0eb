/**
 * The culture playbook as data: chapters (Markdown), service standards (structured records with a
 * stable id), published versions (immutable snapshots) and acknowledgements. Also the two tiny rules
 * that the core and the renderer must agree on: the `[[standard:<id>]]` reference syntax and how a
 * heading becomes an anchor.
 */
import { z } from 'zod';
import { channelSchema } from './channels';

const isoDate = z.string().min(10, 'Expected an ISO date.');
/** A calendar day, for due dates: "2026-12-31". */
export const dayStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31.');

/** Lower-case ASCII words joined by single hyphens: stable in URLs, file names and references. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z
  .string()
  .min(1, 'Enter an id.')
  .max(80, 'Keep the id under 80 characters.')
  .regex(SLUG_PATTERN, 'An id is lower-case letters and digits joined by hyphens, like keep-feed-honest.');

export { CHANNELS, channelSchema } from './channels';

export const chapterSchema = z.object({
  id: slugSchema,
  title: z.string().trim().min(1, 'Give the chapter a title.').max(120, 'Keep the title under 120 characters.'),
  order: z.number().int().min(0),
  body: z.string(),
});
export type Chapter = z.infer<typeof chapterSchema>;

/** A measurable target, e.g. {kind: 'first-reply-minutes', value: 5, unit: 'minutes', text: 'First reply within 5 minutes'}. */
export const standardTargetSchema = z.object({
  kind: slugSchema,
  value: z.number().positive('A target value is above zero.'),
  unit: z.string().trim().min(1, 'Name the unit, e.g. minutes.'),
  text: z.string().trim().min(1, 'Say the target in words.'),
});

const lineList = z.array(z.string().trim().min(1, 'Remove the empty item.'));

export const serviceStandardSchema = z.object({
  /** Never changes, even when the title does: scores, scenarios and links point here. */
  id: slugSchema,
  title: z.string().trim().min(1, 'Give the standard a title.').max(200, 'Keep the title under 200 characters.'),
  statement: z.string().trim().min(1, 'Say the standard in one sentence.'),
  whyItMatters: z.string(),
  lookFors: lineList,
  donts: lineList,
  examples: z.object({ good: lineList, poor: lineList }),
  channels: z.array(channelSchema),
  target: standardTargetSchema.optional(),
});
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;

export const playbookContentSchema = z.object({
  chapters: z.array(chapterSchema),
  standards: z.array(serviceStandardSchema),
});
export type PlaybookContent = z.infer<typeof playbookContentSchema>;

export const playbookDraftSchema = playbookContentSchema.extend({
  updatedAt: isoDate,
  updatedBy: z.string().min(1),
});
export type PlaybookDraft = z.infer<typeof playbookDraftSchema>;

export const publishedVersionSchema = playbookContentSchema.extend({
  number: z.number().int().min(1),
  summary: z.string().trim().min(1, 'Say in a line what changed.'),
  publishedAt: isoDate,
  publishedBy: z.string().min(1),
});
export type PublishedVersion = z.infer<typeof publishedVersionSchema>;

export const ackRequestSchema = z.object({
  version: z.number().int().min(1),
  dueDate: dayStringSchema.optional(),
  requestedAt: isoDate,
});
export type AckRequest = z.infer<typeof ackRequestSchema>;

export const acknowledgementSchema = z.object({
  personId: z.string().min(1),
  version: z.number().int().min(1),
  at: isoDate,
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** An image stored in the workspace; Markdown points at it as `![alt](asset:<id>)`. */
export const playbookAssetSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid asset id.'),
  fileName: z.string().min(1),
  mime: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
});
export type PlaybookAsset = z.infer<typeof playbookAssetSchema>;

export const EMPTY_DRAFT: PlaybookDraft = { chapters: [], standards: [], updatedAt: '1970-01-01T00:00:00.000Z', updatedBy: 'system' };

/** The `playbook` section of workspace.json. Every field has a default so older workspaces validate. */
export const playbookSectionSchema = z.object({
  draft: playbookDraftSchema.default(() => structuredClone(EMPTY_DRAFT)),
  versions: z.array(publishedVersionSchema).default(() => []),
  acknowledgements: z.array(acknowledgementSchema).default(() => []),
  ackRequests: z.array(ackRequestSchema).default(() => []),
  assets: z.array(playbookAssetSchema).default(() => []),
});
export type PlaybookSection = z.infer<typeof playbookSectionSchema>;

/**
 * Standard references in Markdown: `[[standard:keep-feed-honest]]`. Alone on its own line (blank
 * lines around) it renders as a card; inside a sentence it renders as the standard's title. The
 * title always comes from the standard record, so renaming a standard never breaks a reference.
 */
export const STANDARD_REF_SOURCE = String.raw`\[\[standard:([a-z0-9]+(?:-[a-z0-9]+)*)\]\]`;
export function standardRefPattern(): RegExp {
  return new RegExp(STANDARD_REF_SOURCE, 'g');
}
export function standardRefMarkup(id: string): string {
  return `[[standard:${id}]]`;
}

/** Heading text -> anchor: lower case, letters and digits of any script kept, spaces to hyphens. */
export function headingAnchor(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-');
  return slug || 'section';
}

/** Repeated headings get -2, -3... in document order, the same way in the core's TOC and the renderer. */
export function uniqueAnchor(text: string, seen: Map<string, number>): string {
  const base = headingAnchor(text);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
