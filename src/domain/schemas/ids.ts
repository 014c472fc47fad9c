import { z } from './zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const camel = /^[a-z][a-zA-Z0-9]*$/;

export const optionIdSchema = z
  .string()
  .check(z.regex(kebab, 'option ids are kebab-case'))
  .brand<'OptionId'>();
export type OptionId = z.infer<typeof optionIdSchema>;

export const criterionIdSchema = z
  .string()
  .check(z.regex(camel, 'criterion ids are camelCase'))
  .brand<'CriterionId'>();
export type CriterionId = z.infer<typeof criterionIdSchema>;

export const sourceIdSchema = z
  .string()
  .check(z.regex(kebab, 'source ids are kebab-case'))
  .brand<'SourceId'>();
export type SourceId = z.infer<typeof sourceIdSchema>;

export const caseStudyIdSchema = z
  .string()
  .check(z.regex(kebab, 'case study ids are kebab-case'))
  .brand<'CaseStudyId'>();
export type CaseStudyId = z.infer<typeof caseStudyIdSchema>;

export const categoryIds = [
  'networking',
  'orchestration',
  'logging',
  'monitoring',
  'registry',
  'service-discovery',
  'storage',
  'security',
  'automation',
] as const;
export const categoryIdSchema = z.enum(categoryIds);
export type CategoryId = z.infer<typeof categoryIdSchema>;
