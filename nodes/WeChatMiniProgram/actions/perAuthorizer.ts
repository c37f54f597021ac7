import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, IPairedItemData } from 'n8n-workflow';

import { usesPlatformAuthentication } from '../platformState/componentAuth';
import { toNodeError } from '../transport/nodeErrors';
import type { TransportOptions } from '../transport/transportOptions';
import type { OperationExecutor } from './operation';

/**
 * A third-party platform acts for many merchants, and an expression may name a different
 * Authorizer App ID per item. Every operation is written for one token, so the items are split by
 * merchant and the operation runs once per merchant, seeing only that merchant's items (batched
 * operations such as Push then batch each merchant's items with that merchant's token). Output
 * items and errors point back at the original items.
 */
export async function runPerAuthorizer(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	execute: OperationExecutor,
	transport: TransportOptions,
): Promise<INodeExecutionData[]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	if (resource === 'thirdPartyPlatform' || !usesPlatformAuthentication(ctx) || items.length === 0)
		return await execute.call(ctx, items, transport);

	const groups = new Map<string, number[]>();
	for (let index = 0; index < items.length; index++) {
		const value = ctx.getNodeParameter('authorizerAppId', index, '');
		const appId = typeof value === 'string' ? value.trim() : '';
		if (!appId)
			throw new NodeOperationError(ctx.getNode(), 'The Authorizer App ID is empty', {
				itemIndex: index,
				description: 'Give the App ID of the merchant Mini Program this item is for',
			});
		groups.set(appId, [...(groups.get(appId) ?? []), index]);
	}
	if (groups.size === 1) return await execute.call(ctx, items, transport);

	const output: INodeExecutionData[] = [];
	for (const indices of groups.values()) {
		const groupItems = indices.map((index) => items[index]);
		try {
			const results = await execute.call(
				contextFor(ctx, groupItems, indices),
				groupItems,
				transport,
			);
			output.push(...results.map((item) => withOriginalPairing(item, indices)));
		} catch (error) {
			const nodeError = toNodeError(ctx, error);
			const { context } = nodeError;
			if (typeof context.itemIndex === 'number')
				context.itemIndex = indices[context.itemIndex] ?? context.itemIndex;
			throw nodeError;
		}
	}
	return output;
}

/** The execute context as one merchant's run sees it: its items, its parameters per item. */
function contextFor(
	ctx: IExecuteFunctions,
	groupItems: INodeExecutionData[],
	indices: number[],
): IExecuteFunctions {
	const original = (index: number) => indices[index] ?? index;
	return new Proxy(ctx, {
		get(target, property) {
			if (property === 'getInputData') return () => groupItems;
			if (property === 'getNodeParameter')
				return (name: string, index: number, ...rest: unknown[]) =>
					(target.getNodeParameter as (...args: unknown[]) => unknown)(
						name,
						original(index),
						...rest,
					);
			if (property === 'evaluateExpression')
				return (expression: string, index: number) =>
					target.evaluateExpression(expression, original(index));
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
		},
	});
}

function withOriginalPairing(item: INodeExecutionData, indices: number[]): INodeExecutionData {
	const remap = (paired: IPairedItemData) => ({
		...paired,
		item: indices[paired.item] ?? paired.item,
	});
	const { pairedItem } = item;
	if (pairedItem === undefined) return item;
	if (typeof pairedItem === 'number') return { ...item, pairedItem: { item: indices[pairedItem] } };
	return {
		...item,
		pairedItem: Array.isArray(pairedItem) ? pairedItem.map(remap) : remap(pairedItem),
	};
}
