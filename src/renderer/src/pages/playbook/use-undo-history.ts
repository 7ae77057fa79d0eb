/**
 * Undo/redo for the chapter text. Quick typing is grouped into one step (a pause or a toolbar
 * action starts a new one). The history lives in the editor, not in what is saved, so autosave
 * never clears it.
 */
import { useCallback, useRef, useState } from 'react';

const GROUP_MS = 700;
const MAX_STEPS = 300;

export interface UndoHistory {
  value: string;
  /** A new value; `separate` makes it its own undo step (toolbar, paste). */
  change: (next: string, options?: { separate?: boolean }) => void;
  undo: () => string | null;
  redo: () => string | null;
  canUndo: boolean;
  canRedo: boolean;
}

export function useUndoHistory(initial: string): UndoHistory {
  const [value, setValue] = useState(initial);
  const past = useRef<string[]>([]);
  const future = useRef<string[]>([]);
  const lastChange = useRef(0);
  const current = useRef(initial);
  const [, setVersion] = useState(0);

  const change = useCallback((next: string, options: { separate?: boolean } = {}) => {
    if (next === current.current) return;
    const now = Date.now();
    if (options.separate || now - lastChange.current > GROUP_MS || past.current.length === 0) {
      past.current.push(current.current);
      if (past.current.length > MAX_STEPS) past.current.shift();
    }
    lastChange.current = options.separate ? 0 : now;
    future.current = [];
    current.current = next;
    setValue(next);
    setVersion((v) => v + 1);
  }, []);

  const move = useCallback((from: React.RefObject<string[]>, to: React.RefObject<string[]>) => {
    const target = from.current.pop();
    if (target === undefined) return null;
    to.current.push(current.current);
    current.current = target;
    lastChange.current = 0;
    setValue(target);
    setVersion((v) => v + 1);
    return target;
  }, []);

  return {
    value,
    change,
    undo: () => move(past, future),
    redo: () => move(future, past),
    canUndo: past.current.length > 0,
    canRedo: future.current.length > 0,
  };
}
