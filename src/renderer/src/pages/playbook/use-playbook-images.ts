/**
 * Workspace images for rendered Markdown: finds `asset:<id>` references, fetches the ones not yet
 * loaded as data URLs, and gives renderMarkdown a `resolveAsset` that knows them.
 */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';

const loaded = new Map<string, string>();
const ASSET_REF = /!\[[^\]]*\]\(\s*asset:([A-Za-z0-9_-]+)/g;

export function assetIdsIn(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(ASSET_REF)].map((m) => m[1]))];
}

/** Remembers an image the leader just uploaded, so the preview shows it without a round trip. */
export function rememberImage(id: string, dataUrl: string): void {
  loaded.set(id, dataUrl);
}

export function usePlaybookImages(markdown: string): (id: string) => string | undefined {
  const ids = useMemo(() => assetIdsIn(markdown), [markdown]);
  const [, setGeneration] = useState(0);
  const missing = ids.filter((id) => !loaded.has(id)).join(',');
  useEffect(() => {
    if (!missing) return;
    let live = true;
    api
      .getPlaybookImages({ ids: missing.split(',') })
      .then((images) => {
        for (const image of images) loaded.set(image.id, image.dataUrl);
        if (live) setGeneration((g) => g + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [missing]);
  return (id) => loaded.get(id);
}
