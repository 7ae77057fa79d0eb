/**
 * Operations of the playbook domain: reading (who sees what depends on the role), editing the
 * leader's draft, images, publishing, diffs, acknowledgements, search, import and export. The
 * result shapes are declared here because shared code cannot import core; core's values fit them.
 */
import { z } from 'zod';
import { EVERYONE, LEADERS, MANAGERS, operation, type Role } from './operation';
import {
  channelSchema,
  chapterSchema,
  dayStringSchema,
  slugSchema,
  standardTargetSchema,
  type Chapter,
  type PlaybookDraft,
  type PublishedVersion,
  type ServiceStandard,
} from '../domain/playbook';

/** Images up to 5 MB; base64 makes them a third larger on the way in. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_IMAGE_BASE64 = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 1024;
export const MAX_IMPORT_FILES = 500;
const MAX_CHAPTER_CHARS = 500_000;

const versionNumber = z.number().int().min(1);
const lineList = z.array(z.string().max(2000)).max(100);
/** The fields of a standard a leader edits (the id is made from the title once and never changes). */
const standardFieldsSchema = z
  .object({
    title: z.string().max(200),
    statement: z.string().max(2000),
    whyItMatters: z.string().max(50_000),
    lookFors: lineList,
    donts: lineList,
    examples: z.object({ good: lineList, poor: lineList }).strict(),
    channels: z.array(channelSchema).max(20),
    target: standardTargetSchema.optional(),
  })
  .strict();

export interface VersionSummary {
  number: number;
  summary: string;
  publishedAt: string;
  publishedByName: string;
  dueDate?: string;
}

export interface PendingPlaybookAck {
  version: number;
  summary: string;
  requestedAt: string;
  dueDate?: string;
  overdue: boolean;
}

export interface PlaybookView {
  /** The latest published version, or null before the first publish. */
  latest: PublishedVersion | null;
  /** Leaders only; null for everyone else. */
  draft: PlaybookDraft | null;
  /** Published versions, newest first: every version for managers and leaders, only the latest for employees. */
  versions: VersionSummary[];
  /** The signed-in person's own acknowledgement still waiting, if any. */
  pending: PendingPlaybookAck | null;
  /** The latest version this person acknowledged, and when. */
  acknowledged: { version: number; at: string } | null;
}

export interface AckPersonRow {
  personId: string;
  name: string;
  role: Role;
  acknowledgedAt: string | null;
  /** This person's due date (an assignment's, else the version's default). */
  dueDate?: string;
  overdue: boolean;
}

export interface VersionAckView {
  version: number;
  summary: string;
  requestedAt: string;
  dueDate?: string;
  superseded: boolean;
  overdue: boolean;
  people: AckPersonRow[];
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  value: string;
}
/** A paragraph of a long text in a compare; `skipped` stands for a run of unchanged paragraphs left out. */
export type ParagraphDiff =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] }
  | { kind: 'skipped'; count: number };
/** Short fields change by word, lists by item (one per line), long texts by paragraph. */
export type FieldDiff =
  | { field: string; granularity: 'line' | 'word'; parts: DiffPart[] }
  | { field: string; granularity: 'paragraph'; paragraphs: ParagraphDiff[] };
export interface ItemDiff {
  id: string;
  title: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  fields: FieldDiff[];
}
export interface PlaybookDiffView {
  from: string;
  to: string;
  chapters: ItemDiff[];
  standards: ItemDiff[];
}

export interface SearchHitView {
  kind: 'chapter' | 'standard';
  id: string;
  title: string;
  snippet: { text: string; matches: { start: number; end: number }[] };
}

export interface StandardPassage {
  standard: ServiceStandard;
  /** The published version it comes from; null when a leader reads the unpublished draft. */
  version: number | null;
  /** Chapters of the same version that embed or link it. */
  chapters: { id: string; title: string }[];
}

export interface FolderFileView {
  path: string;
  text: string;
}
/** An image of the folder (`assets/<id>.png`), which chapters show as `![alt](asset:<id>)`. */
export interface FolderImageView {
  path: string;
  dataBase64: string;
}
export interface ImportFileProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}
export interface ImportPreview {
  chapters: { id: string; title: string }[];
  standards: { id: string; title: string }[];
  problems: ImportFileProblem[];
  /** Files that had no problem and will be imported. */
  validFiles: string[];
  /** Images that had no problem and will be imported. */
  validImages: string[];
  /** Standards missing from the import that scenarios still score against; images the text shows that are nowhere. */
  warnings: string[];
}

const folderFilesSchema = z
  .array(z.object({ path: z.string().min(1).max(500), text: z.string().max(2_000_000) }).strict())
  .min(1, 'Choose a folder or a .zip with the playbook files.')
  .max(MAX_IMPORT_FILES, `A playbook folder has at most ${MAX_IMPORT_FILES} files.`);
const folderImagesSchema = z
  .array(z.object({ path: z.string().min(1).max(500), dataBase64: z.string().min(1, 'An image is empty.').max(MAX_IMAGE_BASE64, 'Images can be at most 5 MB.') }).strict())
  .max(MAX_IMPORT_FILES, `A playbook folder has at most ${MAX_IMPORT_FILES} images.`)
  .default([]);

export const playbookOps = {
  getPlaybook: operation<PlaybookView>()({
    summary: 'The playbook the signed-in person may read: the latest published version, and the draft for leaders.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  getPlaybookVersion: operation<PublishedVersion>()({
    summary: 'One published version of the playbook.',
    access: MANAGERS,
    input: z.object({ number: versionNumber }).strict(),
  }),
  addPlaybookChapter: operation<Chapter>()({
    summary: 'Add a chapter to the playbook draft.',
    access: LEADERS,
    input: z.object({ title: z.string().max(200), index: z.number().int().min(0).optional() }).strict(),
  }),
  renamePlaybookChapter: operation<PlaybookDraft>()({
    summary: 'Rename a chapter of the playbook draft.',
    access: LEADERS,
    input: z.object({ id: slugSchema, title: z.string().max(200) }).strict(),
  }),
  savePlaybookChapterBody: operation<{ updatedAt: string; changed: boolean }>()({
    summary: "Save a chapter's text in the playbook draft (autosave).",
    access: LEADERS,
    input: z.object({ id: slugSchema, body: chapterSchema.shape.body.max(MAX_CHAPTER_CHARS, 'A chapter holds at most 500,000 characters; split it.') }).strict(),
  }),
  reorderPlaybookChapters: operation<PlaybookDraft>()({
    summary: 'Set the order of the chapters of the playbook draft.',
    access: LEADERS,
    input: z.object({ ids: z.array(slugSchema).max(500) }).strict(),
  }),
  deletePlaybookChapter: operation<PlaybookDraft>()({
    summary: 'Delete a chapter from the playbook draft.',
    access: LEADERS,
    input: z.object({ id: slugSchema }).strict(),
  }),
  createPlaybookStandard: operation<ServiceStandard>()({
    summary: 'Add a service standard to the playbook draft.',
    access: LEADERS,
    input: standardFieldsSchema,
  }),
  updatePlaybookStandard: operation<ServiceStandard>()({
    summary: 'Change a service standard in the playbook draft (its id never changes).',
    access: LEADERS,
    input: z.object({ id: slugSchema, patch: standardFieldsSchema.partial(), removeTarget: z.boolean().default(false) }).strict(),
  }),
  deletePlaybookStandard: operation<PlaybookDraft>()({
    summary: 'Delete a service standard from the playbook draft.',
    access: LEADERS,
    input: z.object({ id: slugSchema }).strict(),
  }),
  uploadPlaybookImage: operation<{ id: string; markdown: string }>()({
    summary: 'Store an image for a playbook chapter.',
    access: LEADERS,
    bodyLimitBytes: MAX_IMAGE_BASE64 + 64 * 1024,
    input: z
      .object({
        fileName: z.string().max(255).default('image'),
        alt: z.string().max(200).default(''),
        dataBase64: z.string().min(1, 'The image is empty.').max(MAX_IMAGE_BASE64, 'Images can be at most 5 MB.'),
      })
      .strict(),
  }),
  getPlaybookImages: operation<{ id: string; dataUrl: string }[]>()({
    summary: 'Images used by the playbook the signed-in person may read, as data URLs.',
    access: EVERYONE,
    input: z.object({ ids: z.array(z.string().max(64)).max(200) }).strict(),
  }),
  publishPlaybook: operation<VersionSummary>()({
    summary: 'Publish the playbook draft as a new version and ask everyone to acknowledge it.',
    access: LEADERS,
    input: z.object({ summary: z.string().max(500), dueDate: dayStringSchema.optional() }).strict(),
  }),
  diffPlaybookVersions: operation<PlaybookDiffView>()({
    summary: 'What changed between two playbook versions, or a version and the draft.',
    access: MANAGERS,
    input: z.object({ from: z.union([versionNumber, z.literal('draft')]), to: z.union([versionNumber, z.literal('draft')]) }).strict(),
  }),
  acknowledgePlaybook: operation<{ version: number; at: string }>()({
    summary: 'Acknowledge: I have read and will apply this version of the playbook.',
    access: ['manager', 'employee'],
    input: z.object({ version: versionNumber }).strict(),
  }),
  playbookAckStatus: operation<VersionAckView[]>()({
    summary: 'Who has and has not acknowledged each requested playbook version.',
    access: MANAGERS,
    input: z.object({}).strict(),
  }),
  myPlaybookTasks: operation<PendingPlaybookAck[]>()({
    summary: 'The playbook acknowledgement waiting for the signed-in person, if any.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  searchPlaybook: operation<SearchHitView[]>()({
    summary: 'Search the chapters and standards of the playbook the signed-in person may read.',
    access: EVERYONE,
    input: z.object({ query: z.string().max(200), draft: z.boolean().default(false) }).strict(),
  }),
  getStandard: operation<StandardPassage>()({
    summary: "A service standard's playbook passage, from the version the signed-in person may read.",
    access: EVERYONE,
    input: z.object({ id: slugSchema, draft: z.boolean().default(false) }).strict(),
  }),
  previewPlaybookImport: operation<ImportPreview>()({
    summary: 'Check a playbook folder before importing it: what it holds and every problem per file.',
    access: LEADERS,
    bodyLimitBytes: 64 * 1024 * 1024,
    input: z.object({ files: folderFilesSchema, images: folderImagesSchema }).strict(),
  }),
  importPlaybook: operation<PlaybookDraft>()({
    summary: 'Replace the playbook draft with an imported folder (only its valid files, once confirmed).',
    access: LEADERS,
    bodyLimitBytes: 64 * 1024 * 1024,
    input: z.object({ files: folderFilesSchema, images: folderImagesSchema, confirmSkippingProblems: z.boolean().default(false) }).strict(),
  }),
  exportPlaybook: operation<{ fileName: string; files: FolderFileView[]; images: FolderImageView[] }>()({
    summary: 'The playbook as a folder of Markdown files and the images they show (the draft for leaders, or a published version).',
    access: MANAGERS,
    input: z.object({ source: z.union([versionNumber, z.literal('draft'), z.literal('latest')]).default('latest') }).strict(),
  }),
};
