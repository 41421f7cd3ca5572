import { useStore } from '../../state/store';

/** Component tests share one store: put it back to its first state (English, sample plan, no history). */
const initial = useStore.getState();
export function resetStore(): void {
  useStore.setState(initial, true);
  useStore.getState().setLang('en');
  useStore.temporal.getState().clear();
}
