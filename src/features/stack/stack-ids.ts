import type { OptionId } from '@/domain/schemas';
import type { StackPick } from '@/domain/stack';

/** The options a pick puts in the stack: a pipeline's members, otherwise the one option. */
export const pickIds = (pick: StackPick): OptionId[] => pick.members.map((m) => m.option.id);
