/** Where the training pages live in the hash route: #/training and #/training/play/<attemptId>. */
export const goToTraining = () => (window.location.hash = '/training');
export const goToAttempt = (id: string) => (window.location.hash = `/training/play/${id}`);

/** The attempt id of a #/training/play/<id> route, else null. */
export function attemptIdOf(route: string): string | null {
  const match = /^training\/play\/([A-Za-z0-9_-]+)$/.exec(route);
  return match ? match[1] : null;
}
