/**
 * What a rubric element can use besides phrases: built-in concepts (service moves recognised in
 * every training language) and facts matched by value (a price, hours, a day). The facts the step's
 * prompt states are offered as ready-made elements.
 */
import { Button, Group, MultiSelect, TagsInput, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import type { RubricVocabulary } from '../../../../../shared/contract/scenario-ops';
import type { RubricElement } from '../../../../../shared/domain/scenario';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';

export function useRubricVocabulary(prompt: string, language: string): RubricVocabulary | undefined {
  const [debounced] = useDebouncedValue(prompt, 400);
  return useAsync(() => api.rubricVocabulary({ prompt: debounced, language }), [debounced, language]).data;
}

export function ConceptAndFactInputs({
  element,
  onChange,
  vocabulary,
  conceptsError,
  factsError,
}: {
  element: RubricElement;
  onChange: (patch: Partial<RubricElement>) => void;
  vocabulary: RubricVocabulary | undefined;
  conceptsError?: string;
  factsError?: string;
}) {
  const concepts = vocabulary?.concepts ?? [];
  return (
    <Group grow align="flex-start">
      <MultiSelect
        label="Service moves"
        description="Recognised in any wording, in every training language."
        placeholder={element.concepts?.length ? undefined : 'For example: apology, refund'}
        data={concepts.map((c) => ({ value: c.id, label: c.label }))}
        value={element.concepts ?? []}
        onChange={(ids) => onChange({ concepts: ids.length ? ids : undefined })}
        renderOption={({ option }) => (
          <Tooltip label={concepts.find((c) => c.id === option.value)?.description ?? ''} position="right" multiline w={280} openDelay={300}>
            <Text size="sm">{option.label}</Text>
          </Tooltip>
        )}
        searchable
        clearable
        error={conceptsError}
      />
      <TagsInput
        label="Facts to state"
        description="Matched by value: RM164 also matches 164 ringgit."
        placeholder={element.facts?.length ? undefined : 'RM164, Sunday 12–5pm, 7 days'}
        value={element.facts ?? []}
        onChange={(facts) => onChange({ facts: facts.length ? facts : undefined })}
        splitChars={[';']}
        acceptValueOnBlur
        error={factsError}
      />
    </Group>
  );
}

/** The prompt's facts as one-click elements; a fact some element already asks for shows a tick. */
export function PromptFactsOffer({ vocabulary, elements, onAdd }: { vocabulary: RubricVocabulary | undefined; elements: RubricElement[]; onAdd: (fact: string) => void }) {
  const facts = vocabulary?.promptFacts ?? [];
  if (facts.length === 0) return null;
  const used = new Set(elements.flatMap((e) => e.facts ?? []));
  return (
    <Group gap="xs" role="group" aria-label="Facts in the prompt">
      <Text size="sm" c="dimmed">
        Facts in the prompt:
      </Text>
      {facts.map((f) =>
        used.has(f.text) ? (
          <Button key={f.text} size="compact-xs" variant="light" color="teal" leftSection={<IconCheck size={12} />} disabled>
            {f.text}
          </Button>
        ) : (
          <Button key={f.text} size="compact-xs" variant="default" leftSection={<IconPlus size={12} />} onClick={() => onAdd(f.text)} aria-label={`Add an element: state ${f.text}`}>
            {f.text}
          </Button>
        ),
      )}
    </Group>
  );
}
