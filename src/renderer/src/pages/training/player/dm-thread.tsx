/** The direct-message layout (Instagram, WhatsApp, Messenger, TikTok, LINE, Telegram): bubbles left and right. */
import { Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ConversationItem } from '../../../../../shared/contract/training-ops';
import { PersonAvatar } from '../../../components/person-avatar';
import type { ThreadProps } from './chat-types';
import { timeOf } from './chat-types';
import { ImageCard, ReadTicks, TypingIndicator } from './message-parts';

function CustomerBubble({ item, first, last, props }: { item: Extract<ConversationItem, { kind: 'customer' }>; first: boolean; last: boolean; props: ThreadProps }) {
  const { look, theme } = props;
  const imageOnly = item.imageCaption !== null && !item.text;
  return (
    <Group gap={8} align="flex-end" wrap="nowrap" className="cx-chat-appear">
      <Box w={28} style={{ flexShrink: 0 }}>
        {last && <PersonAvatar name={props.customerName} size={28} />}
      </Box>
      <Box
        className={imageOnly ? undefined : 'cx-chat-bubble'}
        data-tail={theme.tails && first && !imageOnly ? 'customer' : undefined}
        style={imageOnly ? { maxWidth: '78%' } : { background: look.customer.bg, color: look.customer.fg, borderRadius: theme.radius }}
      >
        <VisuallyHidden>{props.customerName} said: </VisuallyHidden>
        {item.imageCaption && <ImageCard caption={item.imageCaption} swatch={look.customer} />}
        {item.text && <Text inherit>{item.text}</Text>}
      </Box>
    </Group>
  );
}

function MyBubble({ item, first, props }: { item: Extract<ConversationItem, { kind: 'reply' }>; first: boolean; props: ThreadProps }) {
  const { look, theme } = props;
  return (
    <Group justify="flex-end" className="cx-chat-appear">
      <Box className="cx-chat-bubble" data-tail={theme.tails && first ? 'mine' : undefined} style={{ background: look.mine.bg, color: look.mine.fg, borderRadius: theme.radius }}>
        <VisuallyHidden>You replied: </VisuallyHidden>
        <Text inherit>{item.text}</Text>
        <Text component="span" size="xs" style={{ color: look.mine.meta, float: 'right', marginLeft: 8, marginTop: 4 }}>
          {timeOf(item.answeredAt)} {theme.ticks && <ReadTicks color={look.mine.meta} />}
        </Text>
      </Box>
    </Group>
  );
}

export function DmThread(props: ThreadProps) {
  return (
    <Stack gap={4} p="md">
      {props.items.map((item, i) => {
        const first = i === 0 || props.items[i - 1].kind !== item.kind;
        const last = i === props.items.length - 1 ? !props.typing : props.items[i + 1].kind !== item.kind;
        return (
          <Box key={item.id} mt={first && i > 0 ? 8 : 0} data-testid="chat-message" data-from={item.kind}>
            {item.kind === 'customer' ? <CustomerBubble item={item} first={first} last={last} props={props} /> : <MyBubble item={item} first={first} props={props} />}
          </Box>
        );
      })}
      {props.typing && (
        <Group gap={8} mt={4} align="flex-end" wrap="nowrap">
          <Box w={28} style={{ flexShrink: 0 }}>
            <PersonAvatar name={props.customerName} size={28} />
          </Box>
          <TypingIndicator name={props.customerName} swatch={props.look.customer} radius={props.theme.radius} />
        </Group>
      )}
    </Stack>
  );
}
