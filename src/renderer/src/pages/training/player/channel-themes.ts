/**
 * How each channel looks in the player: one table of colours and a layout variant ('dm' bubbles or
 * a 'comments' thread under a post), instead of a component per channel. Colours are chosen for
 * readable contrast (WCAG AA) in both the light and the dark theme.
 */
import type { Channel } from '../../../../../shared/domain/scenario';

export type ChatLayout = 'dm' | 'comments';

export interface Swatch {
  bg: string;
  fg: string;
  /** Small print inside a bubble (time, ticks). */
  meta: string;
}

export interface ChannelLook {
  header: Swatch;
  wallpaper: string;
  customer: Swatch;
  mine: Swatch;
  /** Composer strip at the bottom. */
  bar: Swatch;
}

export interface ChannelTheme {
  label: string;
  layout: ChatLayout;
  /** Bubble corner radius in px. */
  radius: number;
  tails: boolean;
  ticks: boolean;
  live: boolean;
  light: ChannelLook;
  dark: ChannelLook;
}

const neutralDark: ChannelLook = {
  header: { bg: '#121212', fg: '#f5f5f5', meta: '#b0b0b0' },
  wallpaper: '#000000',
  customer: { bg: '#262626', fg: '#f5f5f5', meta: '#b0b0b0' },
  mine: { bg: '#5b51d8', fg: '#ffffff', meta: '#e4e1ff' },
  bar: { bg: '#121212', fg: '#f5f5f5', meta: '#b0b0b0' },
};

const instagramLight: ChannelLook = {
  header: { bg: '#ffffff', fg: '#0a0a0a', meta: '#5c5c5c' },
  wallpaper: '#ffffff',
  customer: { bg: '#efefef', fg: '#0a0a0a', meta: '#555555' },
  mine: { bg: '#5b51d8', fg: '#ffffff', meta: '#e4e1ff' },
  bar: { bg: '#ffffff', fg: '#0a0a0a', meta: '#5c5c5c' },
};

const facebookLight: ChannelLook = {
  header: { bg: '#ffffff', fg: '#050505', meta: '#5f6369' },
  wallpaper: '#f0f2f5',
  customer: { bg: '#ffffff', fg: '#050505', meta: '#5f6369' },
  mine: { bg: '#e7f0ff', fg: '#050505', meta: '#4a5058' },
  bar: { bg: '#ffffff', fg: '#050505', meta: '#5f6369' },
};
const facebookDark: ChannelLook = {
  header: { bg: '#242526', fg: '#e4e6eb', meta: '#b0b3b8' },
  wallpaper: '#18191a',
  customer: { bg: '#3a3b3c', fg: '#e4e6eb', meta: '#c2c4c8' },
  mine: { bg: '#263951', fg: '#e4e6eb', meta: '#c2c9d4' },
  bar: { bg: '#242526', fg: '#e4e6eb', meta: '#b0b3b8' },
};

export const CHANNEL_THEMES: Record<Channel, ChannelTheme> = {
  'instagram-dm': { label: 'Instagram', layout: 'dm', radius: 22, tails: false, ticks: false, live: false, light: instagramLight, dark: neutralDark },
  'instagram-comment': {
    label: 'Instagram comments',
    layout: 'comments',
    radius: 16,
    tails: false,
    ticks: false,
    live: false,
    light: instagramLight,
    dark: neutralDark,
  },
  'facebook-comment': { label: 'Facebook comments', layout: 'comments', radius: 18, tails: false, ticks: false, live: false, light: facebookLight, dark: facebookDark },
  'live-sale-comment': {
    label: 'Live sale comments',
    layout: 'comments',
    radius: 18,
    tails: false,
    ticks: false,
    live: true,
    light: facebookLight,
    dark: facebookDark,
  },
  'facebook-messenger': {
    label: 'Messenger',
    layout: 'dm',
    radius: 18,
    tails: false,
    ticks: false,
    live: false,
    light: {
      header: { bg: '#ffffff', fg: '#050505', meta: '#5f6369' },
      wallpaper: '#ffffff',
      customer: { bg: '#f0f0f0', fg: '#050505', meta: '#55595f' },
      mine: { bg: '#0866ff', fg: '#ffffff', meta: '#e3ecff' },
      bar: { bg: '#ffffff', fg: '#050505', meta: '#5f6369' },
    },
    dark: {
      header: { bg: '#242526', fg: '#e4e6eb', meta: '#b0b3b8' },
      wallpaper: '#18191a',
      customer: { bg: '#3a3b3c', fg: '#e4e6eb', meta: '#c2c4c8' },
      mine: { bg: '#0866ff', fg: '#ffffff', meta: '#e3ecff' },
      bar: { bg: '#242526', fg: '#e4e6eb', meta: '#b0b3b8' },
    },
  },
  whatsapp: {
    label: 'WhatsApp',
    layout: 'dm',
    radius: 8,
    tails: true,
    ticks: true,
    live: false,
    light: {
      header: { bg: '#008069', fg: '#ffffff', meta: '#ffffff' },
      wallpaper: '#efeae2',
      customer: { bg: '#ffffff', fg: '#111b21', meta: '#54656f' },
      mine: { bg: '#d9fdd3', fg: '#111b21', meta: '#4b5c55' },
      bar: { bg: '#f0f2f5', fg: '#111b21', meta: '#54656f' },
    },
    dark: {
      header: { bg: '#202c33', fg: '#e9edef', meta: '#aebac1' },
      wallpaper: '#0b141a',
      customer: { bg: '#202c33', fg: '#e9edef', meta: '#aebac1' },
      mine: { bg: '#005c4b', fg: '#e9edef', meta: '#c4dcd6' },
      bar: { bg: '#202c33', fg: '#e9edef', meta: '#aebac1' },
    },
  },
  tiktok: {
    label: 'TikTok',
    layout: 'dm',
    radius: 14,
    tails: false,
    ticks: false,
    live: false,
    light: {
      header: { bg: '#ffffff', fg: '#161823', meta: '#545761' },
      wallpaper: '#ffffff',
      customer: { bg: '#f1f1f2', fg: '#161823', meta: '#545761' },
      mine: { bg: '#d6123f', fg: '#ffffff', meta: '#ffe3ea' },
      bar: { bg: '#ffffff', fg: '#161823', meta: '#545761' },
    },
    dark: {
      header: { bg: '#121212', fg: '#f1f1f2', meta: '#b5b6ba' },
      wallpaper: '#121212',
      customer: { bg: '#2f2f2f', fg: '#f1f1f2', meta: '#c2c3c7' },
      mine: { bg: '#d6123f', fg: '#ffffff', meta: '#ffe3ea' },
      bar: { bg: '#121212', fg: '#f1f1f2', meta: '#b5b6ba' },
    },
  },
  line: {
    label: 'LINE',
    layout: 'dm',
    radius: 18,
    tails: true,
    ticks: false,
    live: false,
    light: {
      header: { bg: '#243447', fg: '#ffffff', meta: '#d4dce6' },
      wallpaper: '#9bb4d6',
      customer: { bg: '#ffffff', fg: '#111111', meta: '#4d4d4d' },
      mine: { bg: '#06c755', fg: '#0b1a10', meta: '#0b3a1d' },
      bar: { bg: '#ffffff', fg: '#111111', meta: '#4d4d4d' },
    },
    dark: {
      header: { bg: '#1c1c1e', fg: '#f2f2f2', meta: '#b8b8b8' },
      wallpaper: '#22262e',
      customer: { bg: '#3a3d44', fg: '#f2f2f2', meta: '#c6c6c6' },
      mine: { bg: '#06c755', fg: '#0b1a10', meta: '#0b3a1d' },
      bar: { bg: '#1c1c1e', fg: '#f2f2f2', meta: '#b8b8b8' },
    },
  },
  telegram: {
    label: 'Telegram',
    layout: 'dm',
    radius: 14,
    tails: true,
    ticks: true,
    live: false,
    light: {
      header: { bg: '#40729a', fg: '#ffffff', meta: '#e1ecf5' },
      wallpaper: '#cfdcb4',
      customer: { bg: '#ffffff', fg: '#000000', meta: '#5a6b7a' },
      mine: { bg: '#effdde', fg: '#000000', meta: '#3d7a35' },
      bar: { bg: '#ffffff', fg: '#000000', meta: '#5a6b7a' },
    },
    dark: {
      header: { bg: '#17212b', fg: '#f5f5f5', meta: '#a9b6c2' },
      wallpaper: '#0e1621',
      customer: { bg: '#182533', fg: '#f5f5f5', meta: '#a9b6c2' },
      mine: { bg: '#2b5278', fg: '#f5f5f5', meta: '#c8dcef' },
      bar: { bg: '#17212b', fg: '#f5f5f5', meta: '#a9b6c2' },
    },
  },
};

export const channelLabel = (channel: Channel | null): string => (channel ? CHANNEL_THEMES[channel].label : 'Chat');
