/**
 * Where the reader is inside the playbook page (a tab, a chapter, a standard). The app's hash
 * route stays `#/playbook` — the layout matches whole routes — so the place inside the page is
 * kept here and in sessionStorage, and a sub-route in the hash (`#/playbook/standard/<id>`) is
 * honoured when the page opens with one.
 */
import { useCallback, useEffect, useState } from 'react';

export type PlaybookTab = 'read' | 'edit' | 'standards' | 'versions' | 'acknowledgements' | 'files';
export interface PlaybookLocation {
  tab: PlaybookTab;
  /** A chapter (read/edit tabs) or a standard (standards tab) being shown. */
  id?: string;
}

const TABS: PlaybookTab[] = ['read', 'edit', 'standards', 'versions', 'acknowledgements', 'files'];
const KEY = 'cxdojo.playbook.location';

/** `playbook/standard/<id>`, `playbook/chapter/<id>`, `playbook/<tab>[/<id>]` -> a location. */
export function parsePlaybookPath(path: string): PlaybookLocation | null {
  const [root, first, second] = path.split('/');
  if (root !== 'playbook' || !first) return null;
  if (first === 'standard' && second) return { tab: 'standards', id: second };
  if (first === 'chapter' && second) return { tab: 'read', id: second };
  if ((TABS as string[]).includes(first)) return { tab: first as PlaybookTab, ...(second ? { id: second } : {}) };
  return null;
}

function initial(): PlaybookLocation {
  const fromHash = parsePlaybookPath(window.location.hash.replace(/^#\/?/, ''));
  if (fromHash) return fromHash;
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PlaybookLocation | null;
    if (saved && TABS.includes(saved.tab)) return saved;
  } catch {
    // A damaged saved place just opens the reader.
  }
  return { tab: 'read' };
}

export function usePlaybookLocation(): [PlaybookLocation, (next: PlaybookLocation) => void] {
  const [location, setLocation] = useState(initial);
  useEffect(() => {
    const onHash = () => {
      const next = parsePlaybookPath(window.location.hash.replace(/^#\/?/, ''));
      if (next) setLocation(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: PlaybookLocation) => {
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setLocation(next);
    window.scrollTo?.({ top: 0 });
  }, []);
  return [location, go];
}
