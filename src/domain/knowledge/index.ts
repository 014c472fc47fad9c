export * from './knowledge';
export { loadKnowledge } from './load-knowledge';
export { displayName, type Named } from './display-name';
