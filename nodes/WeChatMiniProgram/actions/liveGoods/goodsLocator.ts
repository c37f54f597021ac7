import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { roomIdFromParameter } from '../../../protocol/wechat/liveRooms';
import { parseIdList } from '../../../protocol/wechat/broadcast/picker';
import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';

/**
 * A goods picker: search the goods library by name, or type the goods id. `approvedOnly` lists
 * just approved goods, the only ones a room takes.
 */
export function goodsLocator(
	overrides: Partial<INodeProperties> & Pick<INodeProperties, 'description'>,
	approvedOnly = false,
): INodeProperties {
	return {
		displayName: 'Goods',
		name: 'goodsId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select goods...',
				typeOptions: {
					searchListMethod: approvedOnly ? 'searchApprovedLiveGoods' : 'searchLiveGoods',
					searchable: true,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 51',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[1-9][0-9]*$',
							errorMessage: 'A goods ID is a positive whole number',
						},
					},
				],
			},
		],
		...overrides,
	};
}

/** The goods id of a goods parameter (picker, or a plain number from an expression). */
export function readGoodsId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	endpoint: string,
	parameterName = 'goodsId',
): number {
	// The resource locator shape is the same as the room picker's.
	const goodsId = roomIdFromParameter(ctx.getNodeParameter(parameterName, itemIndex));
	assertNoProblems(endpoint, [
		goodsId !== undefined && Number.isInteger(goodsId) && goodsId > 0
			? undefined
			: `Item ${itemIndex}: Goods ID must be a positive whole number`,
	]);
	return goodsId!;
}

export const goodsIdListField: INodeProperties = {
	displayName: 'Goods IDs',
	name: 'goodsIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: '51, 52, 53',
	description: 'Goods IDs separated by commas or new lines, or an expression returning an array',
};

/** The goods ids of a list field; every entry must be an id. */
export function readGoodsIdList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	endpoint: string,
	parameterName = 'goodsIds',
): number[] {
	const { ids, invalid } = parseIdList(ctx.getNodeParameter(parameterName, itemIndex, ''));
	assertNoProblems(endpoint, [
		invalid.length > 0 ? `these are not goods IDs: ${invalid.join(', ')}` : undefined,
		ids.length === 0 && invalid.length === 0 ? 'Goods IDs is empty' : undefined,
	]);
	return ids;
}
