/**
 * The whole published version laid out for paper. It is only rendered while the browser prints
 * (beforeprint/afterprint), so the screen and its accessibility tree never hold a second copy.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { Divider, Stack, Text, Title } from '@mantine/core';
import type { PublishedVersion } from '../../../../shared/domain/playbook';
import { MarkdownView } from './markdown-view';
import { StandardDetails } from './standard-details';

function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function PrintVersion({ version, brandName }: { version: PublishedVersion; brandName?: string }) {
  const printing = usePrinting();
  if (!printing) return null;
  const chapters = [...version.chapters].sort((a, b) => a.order - b.order);
  return (
    <div className="playbook-print-only">
      <Title order={1}>{brandName ? `${brandName} — ` : ''}Culture playbook</Title>
      <Text c="dimmed">
        Version {version.number}, published {new Date(version.publishedAt).toLocaleDateString(undefined, { dateStyle: 'long' })}. {version.summary}
      </Text>
      {chapters.map((chapter, i) => (
        <section key={chapter.id} className={i > 0 ? 'playbook-print-chapter' : undefined}>
          <Title order={2} mt="lg">
            {i + 1}. {chapter.title}
          </Title>
          <MarkdownView markdown={chapter.body} standards={version.standards} />
        </section>
      ))}
      <section className="playbook-print-chapter">
        <Title order={2}>Service standards</Title>
        <Stack>
          {version.standards.map((s) => (
            <div key={s.id} style={{ breakInside: 'avoid' }}>
              <StandardDetails standard={s} standards={version.standards} headingOrder={3} />
              <Divider my="md" />
            </div>
          ))}
        </Stack>
      </section>
    </div>
  );
}
