/**
 * Operations of the scenario domain: the library (list, read, archive), authoring (blank, from a
 * transcript, duplicate, save the draft, validate, publish), the editor's live "try a reply", and
 * scenario files (import, export). Leaders author; managers may list and read published scenarios
 * to assign them. The result shapes are declared here because shared code cannot import core.
 */
import { z } from 'zod';
import { LEADERS, MANAGERS, operation } from './operation';
import {
  channelSchema,
  freeTextStepSchema,
  languageTagSchema,
  type Channel,
  type Difficulty,
  type JourneyStage,
  type Scenario,
} from '../domain/scenario';
import { transcriptMessageSchema, transcriptParticipantSchema } from '../domain/transcript';
import type { FreeTextResult } from '../domain/scoring';
import type { RubricSuggestion } from '../domain/rubric-suggestion';
import type { RubricChangeImpact, RubricLesson } from '../domain/rubric-lessons';
import type { SampleCheck } from '../domain/rubric-samples';

export const MAX_SCENARIO_IMPORT_FILES = 100;
const MAX_SCENARIO_FILE_CHARS = 1_000_000;

const scenarioId = z.string().min(1).max(80);

/** A validation problem: where (JSON path, step) and what to do about it. */
export interface ScenarioProblemView {
  path: string;
  stepId?: string;
  message: string;
}

/** A standard the editor offers: draft-only standards are not visible to employees yet. */
export interface ScenarioStandardOption {
  id: string;
  title: string;
  /** 'published': in the latest published playbook; 'draft-only': only in the leader's unpublished draft. */
  source: 'published' | 'draft-only';
}

export type ScenarioStatus = 'draft' | 'published' | 'both';

export interface ScenarioListItem {
  id: string;
  title: string;
  channel: Channel;
  journeyStage: JourneyStage;
  difficulty: Difficulty;
  language: string;
  standards: string[];
  tags: string[];
  /** draft: never published; published: no pending changes; both: published with draft changes. */
  status: ScenarioStatus;
  latestVersion: number | null;
  /** Problems in the draft (0 without a draft, and for managers). */
  problemCount: number;
  archived: boolean;
  fromTranscript: boolean;
  updatedAt: string;
}

export interface ScenarioVersionView {
  version: number;
  scenario: Scenario;
}

export interface ScenarioDetail {
  item: ScenarioListItem;
  /** The editable draft (leaders only); null when there are no unpublished changes. */
  draft: Scenario | null;
  /** Published versions, oldest first; immutable. */
  versions: ScenarioVersionView[];
  /** Problems of the draft that block publishing (leaders only). */
  problems: ScenarioProblemView[];
  /** Worth knowing, never blocking: for example a standard only in the unpublished playbook draft. */
  warnings: string[];
  standards: ScenarioStandardOption[];
}

export interface SavedDraft {
  updatedAt: string;
  version: number;
  problems: ScenarioProblemView[];
  warnings: string[];
}

export interface PublishedScenario {
  id: string;
  version: number;
  publishedAt: string;
}

export interface ScenarioFileResult {
  file: string;
  /** The scenario id the file holds, when it could be read. */
  scenarioId: string | null;
  title: string | null;
  /** 'new': a new scenario; 'update': replaces the draft of an existing one; 'refused': not imported. */
  outcome: 'new' | 'update' | 'refused';
  /** Every problem with line and field; shape problems refuse the file, graph problems only block publishing. */
  problems: { line?: number; field?: string; message: string }[];
}

export interface ScenarioImportResult {
  dryRun: boolean;
  files: ScenarioFileResult[];
  imported: number;
}

/** The transcript's content, for callers that hold it (and before the transcript store answers by id). */
const transcriptContentSchema = z
  .object({
    title: z.string().max(200).optional(),
    channel: z.string().max(40).optional(),
    participants: z.array(transcriptParticipantSchema).min(1).max(50),
    messages: z.array(transcriptMessageSchema).min(1).max(5000),
  })
  .strict();

export interface RubricVocabulary {
  concepts: { id: string; label: string; description: string }[];
  promptFacts: { text: string; kind: string }[];
}

export const scenarioOps = {
  listScenarios: operation<ScenarioListItem[]>()({
    summary: 'The scenario library: every scenario for leaders, the published ones for managers.',
    access: MANAGERS,
    input: z.object({}).strict(),
  }),
  getScenario: operation<ScenarioDetail>()({
    summary: 'One scenario with its published versions, and for leaders its draft and problems.',
    access: MANAGERS,
    input: z.object({ id: scenarioId }).strict(),
  }),
  createScenario: operation<ScenarioDetail>()({
    summary: 'Start a new scenario from a blank draft.',
    access: LEADERS,
    input: z.object({ title: z.string().trim().max(120).default('') }).strict(),
  }),
  createScenarioFromTranscript: operation<ScenarioDetail>()({
    summary: 'Turn a stored transcript into a draft scenario (customer messages become customer steps, staff replies decision steps).',
    access: LEADERS,
    input: z
      .object({
        transcriptId: z.string().min(1).max(80).optional(),
        transcript: transcriptContentSchema.optional(),
        title: z.string().trim().max(120).optional(),
        channel: channelSchema.optional(),
        language: languageTagSchema.optional(),
      })
      .strict()
      .refine((v) => v.transcriptId !== undefined || v.transcript !== undefined, { message: 'Say which transcript to turn into a scenario.' }),
  }),
  duplicateScenario: operation<ScenarioDetail>()({
    summary: 'Copy a scenario (its draft, or its latest published version) as a new draft.',
    access: LEADERS,
    input: z.object({ id: scenarioId }).strict(),
  }),
  saveScenarioDraft: operation<SavedDraft>()({
    summary: "Save a scenario's draft (autosave): shape errors are refused, graph problems returned.",
    access: LEADERS,
    // The scenario is parsed by the handler, so shape errors come back with readable paths.
    input: z.object({ id: scenarioId, scenario: z.record(z.string(), z.unknown()) }).strict(),
  }),
  discardScenarioDraft: operation<ScenarioDetail>()({
    summary: "Throw away a published scenario's unpublished changes.",
    access: LEADERS,
    input: z.object({ id: scenarioId }).strict(),
  }),
  validateScenarioDraft: operation<{ problems: ScenarioProblemView[]; warnings: string[] }>()({
    summary: "Check a scenario's draft: every problem that blocks publishing, with path and step.",
    access: LEADERS,
    input: z.object({ id: scenarioId }).strict(),
  }),
  publishScenario: operation<PublishedScenario>()({
    summary: "Publish a scenario's draft as its next version (refused while it has problems).",
    access: LEADERS,
    input: z.object({ id: scenarioId }).strict(),
  }),
  archiveScenario: operation<ScenarioListItem>()({
    summary: 'Archive a scenario (hidden from practice and assigning) or bring it back.',
    access: LEADERS,
    input: z.object({ id: scenarioId, archived: z.boolean() }).strict(),
  }),
  rubricVocabulary: operation<RubricVocabulary>()({
    summary: 'What a rubric can use besides phrases: the built-in concepts, and the facts this prompt states.',
    access: LEADERS,
    input: z.object({ prompt: z.string().max(5000).default(''), language: languageTagSchema.default('en') }).strict(),
  }),
  suggestStepRubric: operation<RubricSuggestion>()({
    summary: 'Suggest a prompt, model answer and rubric for a reply step from the real staff reply it keeps.',
    access: LEADERS,
    input: z
      .object({
        realReply: z.string().trim().min(1, 'The step keeps no real reply to suggest from.').max(5000),
        customerMessages: z.array(z.string().max(5000)).max(50).default([]),
        language: languageTagSchema.default('en'),
        customerName: z.string().max(60).optional(),
        /** The scenario's standards; empty means any of the playbook's. */
        standardIds: z.array(z.string().min(1).max(80)).max(50).default([]),
      })
      .strict(),
  }),
  rubricLessons: operation<RubricLesson[]>()({
    summary: "What managers' review overrides teach a scenario's rubric: each overridden element with the reply and the parts of it an author may add.",
    access: LEADERS,
    input: z.object({ id: scenarioId }).strict(),
  }),
  previewRubricChange: operation<RubricChangeImpact>()({
    summary: 'How many past replies at a step a changed rubric would score differently (verdicts and element results).',
    access: LEADERS,
    input: z.object({ id: scenarioId, stepId: z.string().min(1).max(64), step: freeTextStepSchema }).strict(),
  }),
  checkRubricSamples: operation<SampleCheck[]>()({
    summary: "Score a step's sample replies against its rubric as written in the editor, each beside the owner's expectation, with why they differ.",
    access: LEADERS,
    input: z
      .object({
        stepId: z.string().min(1).max(64),
        step: freeTextStepSchema,
        samples: z.array(z.object({ text: z.string().trim().min(1).max(5000), expect: z.enum(['pass', 'fail']), source: z.enum(['real', 'model', 'owner']) })).max(30),
        language: languageTagSchema.default('en'),
        customerName: z.string().max(60).optional(),
        passMark: z.number().min(0).max(1).default(0.8),
        customerMessages: z.array(z.string().max(5000)).max(50).default([]),
      })
      .strict(),
  }),
  tryScenarioReply: operation<FreeTextResult>()({
    summary: "Score a reply live against a free-text step's rubric, as written in the editor.",
    access: LEADERS,
    input: z
      .object({
        stepId: z.string().min(1).max(64),
        step: freeTextStepSchema,
        reply: z.string().max(5000),
        language: languageTagSchema.default('en'),
        customerName: z.string().max(60).optional(),
        passMark: z.number().min(0).max(1).default(0.8),
        /** What the customer wrote just before the step: the questions a reply must answer. */
        customerMessages: z.array(z.string().max(5000)).max(50).default([]),
      })
      .strict(),
  }),
  importScenarioFiles: operation<ScenarioImportResult>()({
    summary: 'Import scenario files (YAML or JSON): each checked, with every problem by file and line.',
    access: LEADERS,
    bodyLimitBytes: 64 * 1024 * 1024,
    input: z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), text: z.string().max(MAX_SCENARIO_FILE_CHARS, 'A scenario file holds at most 1,000,000 characters.') }).strict())
          .min(1, 'Choose at least one scenario file.')
          .max(MAX_SCENARIO_IMPORT_FILES, `Import at most ${MAX_SCENARIO_IMPORT_FILES} files at once.`),
        dryRun: z.boolean().default(false),
      })
      .strict(),
  }),
  exportScenario: operation<{ fileName: string; text: string }>()({
    summary: 'A scenario as a file (YAML or JSON): the latest published version, or the draft for leaders.',
    access: MANAGERS,
    input: z
      .object({
        id: scenarioId,
        source: z.union([z.literal('draft'), z.literal('latest'), z.number().int().min(1)]).default('latest'),
        format: z.enum(['yaml', 'json']).default('yaml'),
      })
      .strict(),
  }),
};
