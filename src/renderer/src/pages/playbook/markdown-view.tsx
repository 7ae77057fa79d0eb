/**
 * Playbook Markdown on screen: always through renderMarkdown (marked + DOMPurify), images from the
 * workspace, standard cards that open the standard when clicked or activated with the keyboard,
 * and in-page heading links that scroll instead of changing the app's route.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Typography } from '@mantine/core';
import type { ServiceStandard } from '../../../../shared/domain/playbook';
import { renderMarkdown } from '../../markdown';
import { usePlaybookImages } from './use-playbook-images';
import './playbook.css';

export interface MarkdownViewProps {
  markdown: string;
  standards: readonly ServiceStandard[];
  onOpenStandard?: (id: string) => void;
  /** An accessible name for the rendered text. */
  label?: string;
}

export function renderPlaybookHtml(markdown: string, standards: readonly ServiceStandard[], resolveAsset: (id: string) => string | undefined): string {
  return renderMarkdown(markdown, { standards, resolveAsset });
}

export function MarkdownView({ markdown, standards, onOpenStandard, label }: MarkdownViewProps) {
  const resolveAsset = usePlaybookImages(markdown);
  const html = useMemo(() => renderPlaybookHtml(markdown, standards, resolveAsset), [markdown, standards, resolveAsset]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = root.current;
    if (!el || !onOpenStandard) return;
    for (const card of Array.from(el.querySelectorAll<HTMLElement>('[data-standard-id]'))) {
      if (card.classList.contains('standard-unknown')) continue;
      card.tabIndex = 0;
      card.setAttribute('role', 'link');
      card.classList.add('standard-clickable');
    }
  }, [html, onOpenStandard]);

  const activate = (target: EventTarget | null, event: { preventDefault: () => void }) => {
    const element = target instanceof Element ? target : null;
    const card = element?.closest<HTMLElement>('[data-standard-id]');
    if (card && onOpenStandard && !card.classList.contains('standard-unknown')) {
      event.preventDefault();
      onOpenStandard(card.dataset.standardId!);
      return;
    }
    const link = element?.closest<HTMLAnchorElement>('a[href^="#"]');
    if (link) {
      event.preventDefault();
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      root.current?.querySelector(`[id="${CSS.escape(id)}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  };

  return (
    <Typography
      ref={root}
      className="playbook-markdown"
      aria-label={label}
      onClick={(event) => activate(event.target, event)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') activate(event.target, event);
      }}
      // Sanitised by renderMarkdown (DOMPurify allow-list).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
