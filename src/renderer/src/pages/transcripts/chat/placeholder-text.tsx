/** Stored (already redacted) chat text, with its placeholders ([PHONE], [NAME:Customer], ...) highlighted. */
import { Fragment } from 'react';
import { REDACTION_TYPES, type RedactionType } from '../../../../../shared/domain/transcript';
import { RedactionMark } from './redaction-mark';

const PLACEHOLDER = new RegExp(`\\[(${REDACTION_TYPES.join('|')})(?::[^\\]\\n]{1,40})?\\]`, 'g');

export function PlaceholderText({ text }: { text: string }) {
  const parts: { text: string; type?: RedactionType }[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], type: match[1] as RedactionType });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return (
    <>
      {parts.map((part, i) => (part.type ? <RedactionMark key={i} type={part.type}>{part.text}</RedactionMark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
