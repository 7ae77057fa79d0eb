/**
 * Initials in a coloured circle; the colour follows the name so people are easy to spot. The darkest
 * shade under white initials passes contrast for every colour here (tinted initials on a light tint
 * failed it for some names, and orange does at any shade).
 */
import { Avatar, type AvatarProps } from '@mantine/core';

export const AVATAR_COLORS = ['teal', 'blue', 'grape', 'red', 'cyan', 'pink', 'indigo', 'violet'];

export function PersonAvatar({ name, ...props }: { name: string } & AvatarProps) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]?.toUpperCase() ?? '')
    .join('');
  const hash = [...name].reduce((sum, ch) => sum + ch.codePointAt(0)!, 0);
  return (
    <Avatar color={`${AVATAR_COLORS[hash % AVATAR_COLORS.length]}.9`} variant="filled" radius="xl" alt="" {...props}>
      {initials}
    </Avatar>
  );
}
