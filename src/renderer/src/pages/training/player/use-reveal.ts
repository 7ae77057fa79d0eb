/**
 * Reveals the conversation like a real chat: the trainee's replies at once, the customer's messages
 * one by one behind a typing indicator, timed by the scenario's delays and the speed setting.
 * The conversation only ever grows, so "how many items are on screen" is the whole state.
 */
import { useEffect, useRef, useState } from 'react';
import type { ConversationItem } from '../../../../../shared/contract/training-ops';
import { SPEED_FACTOR, type Speed } from './speed-setting';

const typingMs = (item: Extract<ConversationItem, { kind: 'customer' }>) =>
  item.delayMs > 0 ? item.delayMs : 700 + Math.min(item.text.length * 18, 1600);

export interface Reveal {
  visible: ConversationItem[];
  typing: boolean;
  /** Everything received is on screen. */
  done: boolean;
}

export function useReveal(conversation: ConversationItem[] | undefined, speed: Speed): Reveal {
  const [count, setCount] = useState<number | null>(null);
  const [typing, setTyping] = useState(false);
  const items = conversation ?? [];
  const speedRef = useRef(speed);
  speedRef.current = speed;

  // First load: what was already seen shows at once; pending messages animate.
  useEffect(() => {
    if (conversation && count === null) {
      const firstPending = conversation.findIndex((c) => c.kind === 'customer' && c.pending);
      setCount(firstPending === -1 ? conversation.length : firstPending);
    }
  }, [conversation, count]);

  useEffect(() => {
    if (count === null || count >= items.length) return;
    const next = items[count];
    if (next.kind === 'reply') {
      setCount(count + 1);
      return;
    }
    const wait = typingMs(next) * SPEED_FACTOR[speedRef.current];
    if (wait <= 0) {
      setCount(count + 1);
      return;
    }
    setTyping(true);
    const timer = window.setTimeout(() => {
      setTyping(false);
      setCount(count + 1);
    }, wait);
    return () => {
      window.clearTimeout(timer);
      setTyping(false);
    };
  }, [count, items]);

  const shown = count ?? 0;
  return { visible: items.slice(0, shown), typing, done: count !== null && shown >= items.length };
}
