/** Initials in a coloured circle; the colour follows the name so people are easy to spot. */
import { Avatar, type AvatarProps } from '@mantine/core';

const COLORS = ['teal', 'blue', 'grape', 'orange', 'cyan', 'pink', 'indigo', 'lime'];

export function PersonAvatar({ name, ...props }: { name: string } & AvatarProps) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]?.toUpperCase() ?? '')
    .join('');
  const hash = [...name].reduce((sum, ch) => sum + ch.codePointAt(0)!, 0);
  return (
    <Avatar color={COLORS[hash % COLORS.length]} radius="xl" alt="" {...props}>
      {initials}
    </Avatar>
  );
}
