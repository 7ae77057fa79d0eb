/** A labelled PIN field: digits only, masked, numeric keyboard on touch screens. */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';

export function PinField(props: PasswordInputProps) {
  return <PasswordInput inputMode="numeric" autoComplete="off" maxLength={8} {...props} />;
}
