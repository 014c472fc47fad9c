export * from './knowledge';
export { loadKnowledge } from './load-knowledge';
