/** Runs a one-click action and says how it went in a notification: the success message, or the host's error. */
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client';

export async function runWithNotice(action: () => Promise<unknown>, successMessage: string): Promise<boolean> {
  try {
    await action();
    notifications.show({ color: 'teal', message: successMessage });
    return true;
  } catch (error) {
    notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(error) });
    return false;
  }
}
