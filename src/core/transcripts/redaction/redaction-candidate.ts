/** A proposed redaction inside one text, before overlaps are resolved. */
import type { RedactionType } from '../../../shared/domain/transcript';

export interface RedactionCandidate {
  start: number;
  end: number;
  type: RedactionType;
  placeholder: string;
}

export function placeholderOf(type: RedactionType, label?: string): string {
  return label ? `[${type}:${label}]` : `[${type}]`;
}
