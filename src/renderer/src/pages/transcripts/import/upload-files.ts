/**
 * Sends chosen files to the host in base64 parts (one call per part, so no request comes near the
 * HTTP host's body limit), reporting bytes sent. Stops between parts when cancelled.
 */
import { api } from '../../../api/client';
import { base64Of } from '../../../components/base64';

export interface UploadProgress {
  sent: number;
  total: number;
}

export class UploadCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
  }
}

/** Opens an import and sends every file; returns the import's id. */
export async function uploadFiles(files: File[], onProgress: (p: UploadProgress) => void, cancelled: () => boolean, onStarted: (sessionId: string) => void): Promise<string> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const { sessionId, chunkBytes } = await api.startTranscriptImport({ files: files.map((f) => ({ fileName: f.name, size: f.size })) });
  onStarted(sessionId);
  let sent = 0;
  onProgress({ sent, total });
  for (const [fileIndex, file] of files.entries()) {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      if (cancelled()) throw new UploadCancelled();
      const data = await base64Of(file.slice(offset, offset + chunkBytes));
      await api.sendTranscriptImportChunk({ sessionId, fileIndex, offset, data });
      sent += Math.min(chunkBytes, file.size - offset);
      onProgress({ sent, total });
    }
  }
  if (cancelled()) throw new UploadCancelled();
  return sessionId;
}
