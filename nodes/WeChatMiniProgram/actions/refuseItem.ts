import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Fails the item with the rule the API would refuse it for, before anything is sent for it; the
 * message is the rule, the description names the item.
 */
export function refuseIf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	problem: string | undefined,
): void {
	if (problem)
		throw new NodeOperationError(ctx.getNode(), problem, {
			itemIndex,
			description: `Item ${itemIndex}: ${problem}. Nothing was sent for it.`,
		});
}
