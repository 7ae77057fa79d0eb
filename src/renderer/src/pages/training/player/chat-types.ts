/** What a chat layout draws: the items on screen so far and who is typing. */
import type { ConversationItem } from '../../../../../shared/contract/training-ops';
import type { ChannelLook, ChannelTheme } from './channel-themes';

export interface ThreadProps {
  items: ConversationItem[];
  /** The customer is typing the next message. */
  typing: boolean;
  customerName: string;
  shopName: string;
  theme: ChannelTheme;
  look: ChannelLook;
}

export const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
