/** The chat channels a shop serves customers on: standards apply to them, scenarios play in them. */
import { z } from 'zod';

export const CHANNELS = [
  'instagram-dm',
  'instagram-comment',
  'facebook-messenger',
  'facebook-comment',
  'live-sale-comment',
  'whatsapp',
  'tiktok',
  'line',
  'telegram',
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;
