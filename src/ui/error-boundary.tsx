import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the failed part; receives the error message and a way to try again. */
  fallback: (message: string, retry: () => void) => ReactNode;
  /** Called by `retry` before the children render again (e.g. to forget a failed load). */
  onRetry?: () => void;
  /** When this value changes (e.g. the URL), a failure is forgotten and the children render again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  resetKey: unknown;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';

/** A failure in one part shows a message instead of blanking the whole page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(messageOf(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: undefined });
  };

  override render() {
    return this.state.error
      ? this.props.fallback(messageOf(this.state.error), this.retry)
      : this.props.children;
  }
}
