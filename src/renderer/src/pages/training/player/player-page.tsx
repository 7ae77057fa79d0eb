/**
 * Playing one attempt (#/training/play/<attemptId>): the chat in the channel's look on the left,
 * the situation and feedback on the right. All state is on the host: the page only reveals what the
 * host says happened, reports when the customer's messages are on screen, and sends replies.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Loader, Stack, Text, Title, VisuallyHidden, useComputedColorScheme } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import type { AttemptView } from '../../../../../shared/contract/training-ops';
import { api, errorMessage } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { ErrorState } from '../../../components/error-state';
import { goToAttempt, goToTraining } from '../training-routes';
import { CHANNEL_THEMES } from './channel-themes';
import { ChatFrame } from './chat-frame';
import { ChoiceCards } from './choice-cards';
import { CommentThread } from './comment-thread';
import { Composer, clearDraft } from './composer';
import { DmThread } from './dm-thread';
import { PlayerSidePanel } from './player-side-panel';
import { SpeedSetting, useSpeed } from './speed-setting';
import { useReveal } from './use-reveal';

function usePlayer(attemptId: string) {
  const loaded = useAsync(() => api.getAttempt({ attemptId }), [attemptId]);
  const [view, setView] = useState<AttemptView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setView(loaded.data ?? null), [loaded.data]);

  const act = useCallback(async (action: () => Promise<AttemptView | void>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      if (next) setView(next);
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { loaded, view, setView, busy, error, setError, act, announcement, setAnnouncement };
}

export function PlayerPage({ attemptId }: { attemptId: string }) {
  const player = usePlayer(attemptId);
  const { view, busy, act } = player;
  const [speed, setSpeed] = useSpeed();
  const reveal = useReveal(view?.conversation, speed);
  const scheme = useComputedColorScheme('light');
  const marked = useRef(new Set<string>());
  const appState = useAsync(() => api.getAppState({}), []);

  // The customer's last message is on screen: the host stamps the time the reply clock starts.
  useEffect(() => {
    const current = view?.current;
    if (!reveal.done || !current || current.promptShownAt || marked.current.has(current.stepId)) return;
    marked.current.add(current.stepId);
    void api.markPromptShown({ attemptId, stepId: current.stepId }).then(player.setView, (e) => player.setError(errorMessage(e)));
  }, [reveal.done, view, attemptId, player.setView, player.setError]);

  if (player.loaded.error) return <ErrorState title="Could not open this training attempt" error={player.loaded.error} onRetry={player.loaded.reload} />;
  if (!view) return <Loader aria-label="Loading the conversation" />;

  const theme = CHANNEL_THEMES[view.scenario.channel];
  const look = theme[scheme];
  const current = reveal.done ? view.current : null;
  const Thread = theme.layout === 'comments' ? CommentThread : DmThread;
  const customerName = view.scenario.persona.name;

  const answer = (input: { reply: string } | { optionId: string }) => {
    const stepId = view.current!.stepId;
    void act(async () => {
      const result = await api.answerStep({ attemptId, stepId, ...input });
      clearDraft(attemptId, stepId);
      player.setAnnouncement(result.acknowledgement);
      return result.attempt;
    });
  };

  const tryAgain = () =>
    void act(async () => {
      const next = await api.startAttempt({ scenarioId: view.scenario.id, ...(view.assignmentId ? { assignmentId: view.assignmentId } : {}) });
      goToAttempt(next.id);
    });
  const leave = () =>
    void act(async () => {
      await api.abandonAttempt({ attemptId });
      goToTraining();
    });

  const footer =
    view.status !== 'in-progress' ? (
      <Text size="sm" p="sm" ta="center" style={{ background: look.bar.bg, color: look.bar.meta }}>
        {view.status === 'finished' ? 'The conversation has ended.' : 'You left this attempt.'}
      </Text>
    ) : !current ? (
      <Text size="sm" p="sm" ta="center" style={{ background: look.bar.bg, color: look.bar.meta }}>
        {reveal.typing ? `${customerName} is typing…` : 'Waiting for the conversation…'}
      </Text>
    ) : (
      <>
        {current.prompt && (
          <Group gap={6} px="sm" pt="xs" wrap="nowrap" align="flex-start" style={{ background: look.bar.bg, color: look.bar.fg }}>
            <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="xs" style={{ color: look.bar.fg }} data-testid="decision-prompt">
              <Text span inherit fw={700}>
                What you know:
              </Text>{' '}
              {current.prompt}
            </Text>
          </Group>
        )}
        {current.kind === 'free-text' ? (
          <Composer
            key={current.stepId}
            attemptId={attemptId}
            stepId={current.stepId}
            customerName={customerName}
            promptShownAt={current.promptShownAt}
            targetSec={current.replyTimeTargetSec ?? 300}
            look={look}
            busy={busy}
            onSend={(reply) => answer({ reply })}
          />
        ) : (
          <ChoiceCards options={current.options} look={look} busy={busy} onChoose={(optionId) => answer({ optionId })} />
        )}
      </>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <div>
          <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={16} />} onClick={goToTraining} mb={4}>
            Back to training
          </Button>
          <Title order={2}>{view.scenario.title}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="default">
              {theme.label}
            </Badge>
            <Badge variant="default">
              {view.mode === 'coach' ? 'Coach mode: feedback after each reply' : 'Assessment: feedback at the end'}
            </Badge>
          </Group>
        </div>
        <Group gap="sm">
          <Text size="sm" c="dimmed" id="speed-label">
            Message speed
          </Text>
          <SpeedSetting speed={speed} onChange={setSpeed} />
        </Group>
      </Group>
      {player.error && (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={() => player.setError(null)}>
          {player.error}
        </Alert>
      )}
      <VisuallyHidden aria-live="polite">{player.announcement}</VisuallyHidden>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6, lg: 5 }}>
          <ChatFrame theme={theme} look={look} customerName={customerName} itemCount={reveal.visible.length} typing={reveal.typing} footer={footer}>
            <Thread items={reveal.visible} typing={reveal.typing} customerName={customerName} shopName={appState.data?.brandName ?? 'Your shop'} theme={theme} look={look} />
          </ChatFrame>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6, lg: 7 }}>
          <PlayerSidePanel view={view} revealed={reveal.done} busy={busy} onTryAgain={tryAgain} onLeave={leave} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
