/**
 * A new workspace starts from the content pack in content/. Each domain that ships starter
 * content contributes its section here; a pack folder that is missing seeds nothing.
 */
import type { WorkspaceData } from '../store/workspace-schema';

export type SeededSections = Omit<WorkspaceData, 'schemaVersion' | 'settings' | 'people'>;

export async function seedFromContentPack(_contentDir: string): Promise<SeededSections> {
  return {};
}
