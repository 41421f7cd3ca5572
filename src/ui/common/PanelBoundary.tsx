import { Component, type ReactNode } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { useStore } from '../../state/store';

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
      const m = COMMON[useStore.getState().lang];
      return (
        <section className="panel panel-error" role="alert">
          <p>{m.panelError}</p>
          <button type="button" onClick={() => this.setState({ error: null, attempt: this.state.attempt + 1 })}>
            {m.resetPanel}
          </button>
        </section>
      );
    }
    return <div key={this.state.attempt} className="panel-slot">{this.props.children}</div>;
  }
}
