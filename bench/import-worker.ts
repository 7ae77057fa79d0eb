/**
 * Child process for the import benchmark, so each side's peak memory is its own:
 * `node --import tsx bench/import-worker.ts ours|reference <file>` prints {messages, seconds, peakRssMb, baselineRssMb}.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseString } from 'whatsapp-chat-parser';
import { importTranscript } from '../src/core/transcripts/import-transcript';
import { redactTranscript } from '../src/core/transcripts/redaction/redact-transcript';

// RSS after node, the TypeScript loader and the modules are loaded: what the data adds is measured on top.
const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
const [side, file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const started = performance.now();
let messages: number;
if (side === 'ours') {
  const imported = importTranscript(bytes, basename(file), { region: 'MY', brandName: 'Butik Seri Ayu', staffNames: ['Admin Ayu'] });
  const redacted = redactTranscript(imported, { region: 'MY' });
  messages = redacted.transcript.messages.length;
} else {
  messages = parseString(new TextDecoder().decode(bytes)).length;
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(JSON.stringify({ messages, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb }) + '\n');
