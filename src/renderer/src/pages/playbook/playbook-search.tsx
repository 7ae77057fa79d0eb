/** The search box: asks the host (which searches only what this person may read) as they type. */
import { useEffect, useState } from 'react';
import { Badge, CloseButton, Loader, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { SearchHitView } from '../../../../shared/contract/playbook-ops';
import { api, errorMessage } from '../../api/client';
import { HighlightedSnippet } from './highlighted-snippet';

export function PlaybookSearch({ draft, onOpen }: { draft: boolean; onOpen: (hit: SearchHitView) => void }) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [state, setState] = useState<{ hits: SearchHitView[]; error: string | null; loading: boolean }>({ hits: [], error: null, loading: false });

  useEffect(() => {
    if (!debounced) return setState({ hits: [], error: null, loading: false });
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api.searchPlaybook({ query: debounced, draft }).then(
      (hits) => live && setState({ hits, error: null, loading: false }),
      (error) => live && setState({ hits: [], error: errorMessage(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [debounced, draft]);

  return (
    <Stack gap="xs">
      <TextInput
        aria-label="Search the playbook"
        placeholder="Search chapters and standards"
        leftSection={<IconSearch size={16} />}
        rightSection={state.loading ? <Loader size="xs" /> : query ? <CloseButton aria-label="Clear search" onClick={() => setQuery('')} /> : null}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {query.trim() && debounced && !state.loading && (
        <Stack gap={6} role="region" aria-label="Search results">
          {state.error && (
            <Text size="sm" c="red">
              {state.error}
            </Text>
          )}
          {!state.error && state.hits.length === 0 && (
            <Text size="sm" c="dimmed">
              Nothing matches “{debounced}”.
            </Text>
          )}
          {state.hits.map((hit) => (
            <UnstyledButton key={`${hit.kind}:${hit.id}`} onClick={() => onOpen(hit)} aria-label={`${hit.kind === 'standard' ? 'Standard' : 'Chapter'}: ${hit.title}`}>
              <Paper withBorder p="xs" radius="sm">
                <Badge size="xs" variant="light" color={hit.kind === 'standard' ? 'grape' : 'blue'} mb={2}>
                  {hit.kind}
                </Badge>
                <Text size="sm" fw={600} lineClamp={2} mb={2}>
                  {hit.title}
                </Text>
                <HighlightedSnippet text={hit.snippet.text} matches={hit.snippet.matches} />
              </Paper>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
