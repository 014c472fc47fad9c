import {
  benchmarkSchema,
  caseStudySchema,
  criteriaFileSchema,
  environmentDataSchema,
  presetSchema,
  solutionSchema,
  sourceSchema,
  stackRulesFileSchema,
  type Benchmark,
  type CaseStudy,
  type CriteriaFile,
  type EnvironmentData,
  type Preset,
  type Solution,
  type Source,
  type StackRulesFile,
} from '../schemas';
import { z } from '../schemas/zod';
import type { RawFile } from './knowledge';

export interface ParsedFiles {
  criteria?: CriteriaFile;
  environment?: EnvironmentData;
  sources: Source[];
  solutions: { path: string; value: Solution }[];
  caseStudies: { path: string; value: CaseStudy }[];
  benchmarks: { path: string; value: Benchmark }[];
  presets: { path: string; value: Preset }[];
  /** Optional: the first-visit core has no stack to compose. */
  stackRules?: StackRulesFile;
}

const baseName = (path: string): string => path.replace(/^.*\//, '').replace(/\.json$/, '');

/** Validates each file against the schema its folder implies; collects every problem. */
export function parseFiles(files: readonly RawFile[], problems: string[]): ParsedFiles {
  const out: ParsedFiles = { sources: [], solutions: [], caseStudies: [], benchmarks: [], presets: [] };

  const check = <S extends z.ZodMiniType>(file: RawFile, schema: S): z.infer<S> | undefined => {
    const result = schema.safeParse(file.data);
    if (!result.success) {
      problems.push(`data/${file.path}:\n${z.prettifyError(result.error)}`);
      return undefined;
    }
    const id = (result.data as { id?: unknown }).id;
    if (typeof id === 'string' && id !== baseName(file.path)) {
      problems.push(`data/${file.path}: id "${id}" does not match the file name`);
    }
    return result.data;
  };

  for (const file of files) {
    const dir = file.path.split('/');
    if (file.path === 'criteria.json') out.criteria = check(file, criteriaFileSchema);
    else if (file.path === 'environment.json') out.environment = check(file, environmentDataSchema);
    else if (file.path === 'stack-rules.json') out.stackRules = check(file, stackRulesFileSchema);
    else if (dir[0] === 'sources' && dir.length === 2) {
      const value = check(file, sourceSchema);
      if (value) out.sources.push(value);
    } else if (dir[0] === 'solutions' && dir.length === 3) {
      const value = check(file, solutionSchema);
      if (value && value.category !== dir[1]) {
        problems.push(`data/${file.path}: category "${value.category}" does not match folder "${dir[1]}"`);
      }
      if (value) out.solutions.push({ path: file.path, value });
    } else if (dir[0] === 'case-studies' && dir.length === 2) {
      const value = check(file, caseStudySchema);
      if (value) out.caseStudies.push({ path: file.path, value });
    } else if (dir[0] === 'benchmarks' && dir.length === 2) {
      const value = check(file, benchmarkSchema);
      if (value) out.benchmarks.push({ path: file.path, value });
    } else if (dir[0] === 'presets' && dir.length === 2) {
      const value = check(file, presetSchema);
      if (value) out.presets.push({ path: file.path, value });
    } else {
      problems.push(`data/${file.path}: not a known knowledge file location`);
    }
  }
  if (!out.criteria) problems.push('data/criteria.json: missing or invalid');
  if (!out.environment) problems.push('data/environment.json: missing or invalid');
  return out;
}
