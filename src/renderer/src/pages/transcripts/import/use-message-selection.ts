/**
 * The text the leader has selected inside one message of the review, as offsets into that
 * message's redacted text (the element's text is exactly the redacted text). Null otherwise.
 */
import { useEffect, useState } from 'react';

export interface MessageSelection {
  messageId: string;
  start: number;
  end: number;
  text: string;
}

function messageElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  return element?.closest<HTMLElement>('[data-message-text]') ?? null;
}

function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function useMessageSelection(): [MessageSelection | null, () => void] {
  const [selection, setSelection] = useState<MessageSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      const container = messageElementOf(range.startContainer);
      if (!container || container !== messageElementOf(range.endContainer)) return;
      const start = offsetIn(container, range.startContainer, range.startOffset);
      const end = offsetIn(container, range.endContainer, range.endOffset);
      const text = range.toString();
      if (end > start && text.trim()) setSelection({ messageId: container.dataset.messageText!, start, end, text });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  return [selection, () => setSelection(null)];
}
