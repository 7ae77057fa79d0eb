/**
 * Plausible replies of varying quality for the demo shop: good (the scenario's model answer),
 * partial (its first half: usually the apology and facts without the alternative or next step)
 * and poor (curt, chat-style answers of the kind scenarios train away), in the scenario's language.
 */
import type { FreeTextStep } from '../../shared/domain/scenario';
import type { Random } from './seeded-random';

export type ReplyQuality = 'good' | 'partial' | 'poor';

const POOR: Record<string, string[]> = {
  en: ['ok noted', 'Yes. Check the caption pls', 'Not our problem, sorry!!!', 'will check later', 'PLEASE READ THE POST FIRST'],
  id: ['ok kak', 'cek caption ya kak', 'nanti dicek'],
  ms: ['ok sis', 'nanti check', 'tengok caption ya'],
  vi: ['dạ', 'shop check sau nha', 'đọc mô tả giúp shop'],
  tl: ['ok po', 'check nyo na lang po caption', 'wait lang'],
  th: ['ค่ะ', 'เดี๋ยวเช็คให้นะคะ'],
};

function sentences(text: string): string[] {
  return text.match(/[^.!?。]+[.!?。]*\s*/g) ?? [text];
}

export function demoReply(step: FreeTextStep, language: string, quality: ReplyQuality, random: Random): string {
  const model = step.modelAnswer.trim();
  if (quality === 'good' && model) return model;
  if (quality !== 'poor' && model) {
    const parts = sentences(model);
    return parts.slice(0, Math.max(1, Math.ceil(parts.length / 2))).join('').trim();
  }
  const base = language.split('-')[0];
  return random.pick(POOR[base] ?? POOR.en);
}

/** Seconds to reply: good replies mostly within the target, poor ones often over it. */
export function demoReplySeconds(targetSec: number, quality: ReplyQuality, random: Random): number {
  const factor = quality === 'good' ? 0.2 + random.next() * 0.7 : quality === 'partial' ? 0.4 + random.next() * 1.0 : 0.6 + random.next() * 2.2;
  return Math.max(5, Math.round(targetSec * factor));
}
