/**
 * The comment layout (Facebook and Instagram comments, live-sale comments): the shop's post at the
 * top, the customer's comments below it, and the shop's replies threaded under the comment they answer.
 */
import { Badge, Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPhoto, IconVideo } from '@tabler/icons-react';
import type { ConversationItem } from '../../../../../shared/contract/training-ops';
import { PersonAvatar } from '../../../components/person-avatar';
import type { ThreadProps } from './chat-types';
import { ImageCard, TypingIndicator } from './message-parts';

function PostCard({ props }: { props: ThreadProps }) {
  const { look, theme } = props;
  const Icon = theme.live ? IconVideo : IconPhoto;
  return (
    <Box style={{ background: look.customer.bg, color: look.customer.fg, borderBottom: `1px solid ${look.customer.meta}40` }} p="md">
      <Group gap="sm" mb="sm">
        <PersonAvatar name={props.shopName} size={36} />
        <div>
          <Text fw={600} size="sm" style={{ color: look.customer.fg }}>
            {props.shopName}
          </Text>
          <Text size="xs" style={{ color: look.customer.meta }}>
            {theme.live ? 'is live now' : 'Your post'}
          </Text>
        </div>
        {theme.live && (
          <Badge color="red" variant="filled" ml="auto" aria-label="Live video">
            Live
          </Badge>
        )}
      </Group>
      <Box style={{ height: 110, borderRadius: 8, background: `${look.customer.meta}26`, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Icon size={36} stroke={1.3} aria-hidden color={look.customer.meta} />
      </Box>
    </Box>
  );
}

interface CommentGroup {
  comments: Extract<ConversationItem, { kind: 'customer' }>[];
  replies: Extract<ConversationItem, { kind: 'reply' }>[];
}

/** Each customer run of comments with the replies that answer it. */
function groupThreads(items: ConversationItem[]): CommentGroup[] {
  const groups: CommentGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (item.kind === 'customer') {
      if (last && last.replies.length === 0) last.comments.push(item);
      else groups.push({ comments: [item], replies: [] });
    } else if (last) last.replies.push(item);
    else groups.push({ comments: [], replies: [item] });
  }
  return groups;
}

function Comment({ name, children, look, radius, indent, label }: { name: string; children: React.ReactNode; look: ThreadProps['look']; radius: number; indent: boolean; label: string }) {
  const swatch = indent ? look.mine : look.customer;
  return (
    <Group gap={8} align="flex-start" wrap="nowrap" pl={indent ? 40 : 0} className="cx-chat-appear" data-testid="chat-message" data-from={indent ? 'reply' : 'customer'}>
      <PersonAvatar name={name} size={indent ? 26 : 32} />
      <Box style={{ background: swatch.bg, color: swatch.fg, borderRadius: radius, padding: '6px 12px', maxWidth: '85%', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <VisuallyHidden>{label}</VisuallyHidden>
        <Text size="sm" fw={600} style={{ color: swatch.fg }} aria-hidden>
          {name}
        </Text>
        {children}
      </Box>
    </Group>
  );
}

export function CommentThread(props: ThreadProps) {
  const { look, theme } = props;
  return (
    <Box>
      <PostCard props={props} />
      <Stack gap="sm" p="md">
        {groupThreads(props.items).map((group, g) => (
          <Stack key={g} gap={6}>
            {group.comments.map((c) => (
              <Comment key={c.id} name={props.customerName} look={look} radius={theme.radius} indent={false} label={`${props.customerName} commented: `}>
                {c.imageCaption && <ImageCard caption={c.imageCaption} swatch={look.customer} />}
                {c.text && <Text size="sm">{c.text}</Text>}
              </Comment>
            ))}
            {group.replies.map((r) => (
              <Comment key={r.id} name={props.shopName} look={look} radius={theme.radius} indent label="You replied: ">
                <Text size="sm">{r.text}</Text>
              </Comment>
            ))}
          </Stack>
        ))}
        {props.typing && <TypingIndicator name={props.customerName} swatch={look.customer} radius={theme.radius} />}
      </Stack>
    </Box>
  );
}
