/**
 * The scenarios section of workspace.json: per scenario id, the editable draft and every
 * published version (immutable; attempts reference the version they were played on).
 */
import { z } from 'zod';
import { scenarioSchema } from './scenario';

export const scenarioEntrySchema = z.object({
  id: z.string(),
  draft: scenarioSchema.nullable(),
  versions: z.array(scenarioSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable().default(null),
});

export const scenarioSectionSchema = z.array(scenarioEntrySchema);

export type ScenarioEntry = z.infer<typeof scenarioEntrySchema>;

export function latestPublished(entry: ScenarioEntry) {
  return entry.versions.length ? entry.versions[entry.versions.length - 1] : null;
}
