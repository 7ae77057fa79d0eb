/** The transcript library: list from the index, read one, rename, tag, trash, restore, empty the trash. */
import { AppError } from '../../../shared/errors';
import { listItemOf } from '../../../shared/domain/transcript-list-item';
import type { HandlersOf } from '../handler-types';
import type { transcriptOps } from '../../../shared/contract/transcript-ops';

const gone = () => new AppError('NOT_FOUND', 'That transcript is not in the library. It may have been deleted for good; import the chat again.');

/** Tags are kept trimmed, once each, in the order given. */
const cleanTags = (tags: string[]): string[] => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

export const transcriptLibraryHandlers = {
  listTranscripts(_input, ctx) {
    return ctx.ws.transcripts.list();
  },

  async getTranscript(input, ctx) {
    const transcript = await ctx.ws.transcripts.get(input.id);
    if (!transcript) throw gone();
    return transcript;
  },

  async updateTranscript(input, ctx) {
    const updated = await ctx.ws.transcripts.update(input.id, (t) => {
      if (input.title !== undefined) t.title = input.title;
      if (input.tags !== undefined) t.tags = cleanTags(input.tags);
    });
    return listItemOf(updated);
  },

  async trashTranscript(input, ctx) {
    return listItemOf(await ctx.ws.transcripts.update(input.id, (t) => (t.trashedAt ??= ctx.now.toISOString())));
  },

  async restoreTranscript(input, ctx) {
    return listItemOf(await ctx.ws.transcripts.update(input.id, (t) => (t.trashedAt = null)));
  },

  async emptyTranscriptTrash(_input, ctx) {
    return { deleted: await ctx.ws.transcripts.emptyTrash() };
  },
} satisfies HandlersOf<typeof transcriptOps>;

