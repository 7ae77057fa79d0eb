/**
 * React.lazy for our named exports: a part of the app whose code is fetched the first time it is
 * rendered, so the first screen downloads only what it shows.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: await load() }));
}
