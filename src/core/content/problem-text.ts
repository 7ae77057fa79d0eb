/**
 * Problem messages about content files quote the file: the validators quote ids and labels, and the
 * YAML library quotes the whole offending token, which after an unclosed quote is the rest of the
 * file. The line already says where to look, so a long message is cut instead of printed whole.
 */
export const MAX_PROBLEM_MESSAGE = 500;
/** Enough of the YAML library's quote to recognise the token ("]", an unclosed "…). */
const MAX_YAML_DETAIL = 160;

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Cut before a surrogate pair rather than through it, so the message stays valid text.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2]) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** The first line of a YAML library error, cut to a readable length. */
export function yamlDetail(error: Error): string {
  return clip(error.message.split('\n')[0], MAX_YAML_DETAIL);
}
