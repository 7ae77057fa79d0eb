/** Ids for stored records (people, attempts, comments, assignments, transcripts, images): short, random, URL- and file-name-safe. */
import { randomUUID } from 'node:crypto';

export const newRecordId = (): string => randomUUID().replace(/-/g, '').slice(0, 16);
