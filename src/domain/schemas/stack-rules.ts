import { z } from './zod';
import { orchestratorSchema } from './environment';
import { categoryIdSchema, optionIdSchema } from './ids';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';

/** When `when` is in the stack, the stack's pick in `category` must be one of `anyOf`. */
export const stackRuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  when: optionIdSchema,
  category: categoryIdSchema,
  anyOf: z.array(optionIdSchema).check(z.minLength(1)),
  reason: localizedTextSchema,
  source: sourceRefSchema,
});
export type StackRule = z.infer<typeof stackRuleSchema>;

/**
 * data/stack-rules.json. Which orchestrator each orchestration option is, so the other picks'
 * orchestrator requirements (plugin models, Mesos-only discovery…) are checked against the
 * stack's own orchestrator; and the cross-category rules that requirements cannot say.
 */
export const stackRulesFileSchema = z.strictObject({
  orchestrators: z.array(
    z.strictObject({ option: optionIdSchema, orchestrator: orchestratorSchema, source: sourceRefSchema }),
  ),
  rules: z.array(stackRuleSchema),
});
export type StackRulesFile = z.infer<typeof stackRulesFileSchema>;
