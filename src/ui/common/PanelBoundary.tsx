import { Component, type ReactNode } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { useLang } from './useLang';

type Props = { children: ReactNode; name: string };
type State = { error: Error | null; attempt: number };

/**
 * Contains a rendering error to one panel: the plan (in the store) and the other panels
 * survive, and "reset this view" remounts only this panel.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error): void {
    console.error(`[FundGap] panel "${this.props.name}" failed:`, error);
  }

  render() {
    if (this.state.error) {
      return (
        <PanelError
          onReset={() => this.setState({ error: null, attempt: this.state.attempt + 1 })}
        />
      );
    }
    return (
      <div key={this.state.attempt} className="panel-slot">
        {this.props.children}
      </div>
    );
  }
}

/** The crashed panel's place: a function component, so it follows a language switch. */
function PanelError({ onReset }: { onReset: () => void }) {
  const m = COMMON[useLang()];
  return (
    <section className="panel panel-error" role="alert">
      <p>{m.panelError}</p>
      <button type="button" onClick={onReset}>
        {m.resetPanel}
      </button>
    </section>
  );
}
