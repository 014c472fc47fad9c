import type { CategoryId } from '@/domain/schemas';
import { buildHash } from './router';

/** Every view's URL, so features link to each other without importing each other. */
export const routes = {
  questionnaire: () => buildHash([]),
  results: (category: CategoryId = 'networking') => buildHash(['results', category]),
  compare: () => buildHash(['compare']),
  benchmarks: () => buildHash(['benchmarks']),
  caseStudies: () => buildHash(['cases']),
  caseStudy: (id: string) => buildHash(['cases', id]),
  option: (id: string) => buildHash(['options', id]),
  about: () => buildHash(['about']),
  decision: () => buildHash(['decision']),
  stack: () => buildHash(['stack']),
  profiles: () => buildHash(['profiles']),
  overlay: () => buildHash(['overlay']),
};
