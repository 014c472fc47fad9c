import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { importAgain } from './import-again';

type Importer<P> = () => Promise<{ default: ComponentType<P> }>;

// How to make each view whose import failed import again.
const failed = new Set<() => void>();

/** Lets every view whose import failed try again on its next render (the error boundary's Retry). */
export function forgetFailedLoads(): void {
  const resets = [...failed];
  failed.clear();
  for (const reset of resets) reset();
}

/**
 * Like `React.lazy`, but a failed import is not kept forever: it reaches the error boundary, and
 * after `forgetFailedLoads` the next render calls the importer again. Until then nothing is
 * fetched again, so a network that stays down is not hammered.
 */
export function lazyView<P extends object>(load: Importer<P>): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  let lastFailure: string | undefined;
  const attempt = (): Promise<{ default: ComponentType<P> }> =>
    (lastFailure === undefined
      ? undefined
      : (importAgain(lastFailure) as Promise<{ default: ComponentType<P> }> | undefined)) ?? load();
  const fresh = () =>
    lazy(() =>
      attempt().catch((error: unknown) => {
        lastFailure = error instanceof Error ? error.message : String(error);
        failed.add(() => {
          current = fresh();
        });
        throw error;
      }),
    );
  current = fresh();
  function LazyView(props: P) {
    const View = current;
    return <View {...props} />;
  }
  return LazyView;
}
