/** The training area: the home (#/training) or the player for one attempt (#/training/play/<id>). */
import { useHashRoute } from '../../app/use-hash-route';
import { TrainingHomePage } from './home/training-home-page';
import { PlayerPage } from './player/player-page';
import './player/chat.css';
import { attemptIdOf } from './training-routes';

export function TrainingPage() {
  const [route] = useHashRoute();
  const attemptId = attemptIdOf(route);
  return <div className="cx-training">{attemptId ? <PlayerPage key={attemptId} attemptId={attemptId} /> : <TrainingHomePage />}</div>;
}
