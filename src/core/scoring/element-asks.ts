/**
 * Whether a rubric element is done by asking. "Confirm the address", "Offer to keep one" and
 * "Ask for feedback" are met by a question; "Refund the express fee" or "Say the shop pays return
 * shipping" are not: "Would you like us to refund the fee?" offers what it should have done. The
 * element's own label says which (owners write labels as instructions), as do the asking concepts.
 */
import type { RubricElement } from '../../shared/domain/scenario';

const ASKING_CONCEPTS = new Set(['ask-details', 'invite-feedback', 'customer-choice', 'check', 'move-private']);

/** Instructions that a question carries out, in the languages owners write labels in. */
const ASKING_LABEL = new RegExp(
  [
    String.raw`^(ask|offer|invite|check|request|suggest|find out|get|collect|let (her|him|them) (choose|pick|decide)|give (her|him|them) (the )?choice)\b`,
    String.raw`^confirm (the|her|his|their|your|a|an|which|what|where|when|if|whether)\b`,
    String.raw`^(tanya|tanyakan|minta|mintak|tawarkan|tawar|hỏi|xin|mời|đề nghị|itanong|tanungin|alukin|ถาม|ขอ|เสนอ)`,
  ].join('|'),
  'iu',
);

export function isAskingElement(element: Pick<RubricElement, 'label' | 'concepts' | 'phrases'>): boolean {
  if (ASKING_LABEL.test(element.label.trim())) return true;
  if ((element.concepts ?? []).some((c) => ASKING_CONCEPTS.has(c))) return true;
  // An owner whose own wordings are questions means a question.
  return element.phrases.some((group) => group.some((p) => p.includes('?')));
}
