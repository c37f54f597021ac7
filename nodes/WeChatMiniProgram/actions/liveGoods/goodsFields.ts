import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	GOODS_IMAGE_MAX_BYTES,
	goodsNameProblem,
	goodsUrlProblem,
	priceProblems,
} from '../../../protocol/wechat/broadcast/goodsRules';
import { assertNoProblems } from '../../../protocol/wechat/broadcast/ruleViolation';
import type { WeChatClient } from '../../transport/weChatClient';
import { fieldsCollection } from '../common.descriptions';
import { liveImageFields, liveImageMediaId, readLiveImage } from '../liveImages';
import type { LiveImage } from '../liveImages';

export const goodsImage = (optional: boolean): LiveImage => ({
	key: 'coverImgUrl',
	displayName: 'Goods Image',
	rule: 'At most 300 x 300 pixels',
	maxBytes: GOODS_IMAGE_MAX_BYTES,
	optional,
	defaultBinaryProperty: 'data',
});

const priceTypeField: INodeProperties = {
	displayName: 'Price Type',
	name: 'priceType',
	type: 'options',
	options: [
		{ name: 'Fixed Price', value: 1, description: 'One price' },
		{ name: 'Price Range', value: 2, description: 'From Price to Price 2' },
		{ name: 'Discount', value: 3, description: 'Price was, Price 2 now' },
	],
	default: 1,
};

const priceField: INodeProperties = {
	displayName: 'Price',
	name: 'price',
	type: 'number',
	typeOptions: { numberPrecision: 2, minValue: 0.01 },
	default: 1,
	description: 'In yuan, at most two decimals; the original price for a discount',
};

const price2Field: INodeProperties = {
	displayName: 'Price 2',
	name: 'price2',
	type: 'number',
	typeOptions: { numberPrecision: 2, minValue: 0.01 },
	default: 1,
	description: 'The upper end of a range, or the current price of a discount',
};

const urlField: INodeProperties = {
	displayName: 'Page URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'pages/goods/detail?sku=1001',
	description: "The goods' page in the Mini Program",
};

const thirdPartyField: INodeProperties = {
	displayName: 'Third-Party Mini Program App ID',
	name: 'thirdPartyAppid',
	type: 'string',
	default: '',
	description: "When the goods page belongs to another Mini Program, that Mini Program's App ID",
};

/** The fields of goods/add, all required but the third-party App ID. */
export const addGoodsFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: '3 to 14 Chinese characters (a Chinese character counts as 2 letters)',
	},
	...liveImageFields(goodsImage(false)),
	priceTypeField,
	priceField,
	{ ...price2Field, displayOptions: { show: { priceType: [2, 3] } } },
	{ ...urlField, required: true },
	fieldsCollection('Additional Fields', 'goodsOptions', [thirdPartyField]),
];

/** goods/update changes only the fields given; approved goods take only the price fields. */
export const updateGoodsFields: INodeProperties[] = [
	...liveImageFields(goodsImage(true)),
	fieldsCollection('Update Fields', 'updateFields', [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: '3 to 14 Chinese characters',
		},
		urlField,
		priceField,
		price2Field,
		{ ...priceTypeField, description: 'Set Price (and Price 2 for a range or discount) with it' },
		thirdPartyField,
	]),
];

function priceOf(values: Record<string, unknown>): {
	priceType: number;
	price: number;
	price2?: number;
} {
	const priceType = Number(values.priceType ?? 1);
	return {
		priceType,
		price: Number(values.price),
		price2: priceType === 1 || values.price2 === undefined ? undefined : Number(values.price2),
	};
}

/** goodsInfo for goods/add: rules checked first, then the image uploaded. */
export async function readNewGoods(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
): Promise<Record<string, unknown>> {
	const endpoint = 'goods/add';
	const param = (name: string) => ctx.getNodeParameter(name, itemIndex, undefined) as unknown;
	const name = String(param('name') ?? '').trim();
	const url = String(param('url') ?? '').trim();
	const priceType = Number(param('priceType'));
	// Price 2 is hidden (so not readable) for a fixed price.
	const price = priceOf({
		priceType,
		price: param('price'),
		price2: priceType === 1 ? undefined : param('price2'),
	});
	assertNoProblems(endpoint, [
		goodsNameProblem(name),
		goodsUrlProblem(url),
		...priceProblems(price),
	]);
	const image = goodsImage(false);
	const read = readLiveImage(ctx, itemIndex, image, endpoint);
	const options = ctx.getNodeParameter('goodsOptions', itemIndex, {}) as Record<string, unknown>;
	const goodsInfo: Record<string, unknown> = { name, url, ...price };
	if (price.price2 === undefined) delete goodsInfo.price2;
	const thirdParty = String(options.thirdPartyAppid ?? '').trim();
	if (thirdParty) goodsInfo.thirdPartyAppid = thirdParty;
	goodsInfo.coverImgUrl = await liveImageMediaId(ctx, client, itemIndex, image, read, endpoint);
	return goodsInfo;
}

/** goodsInfo for goods/update: only what was given, each part checked by the add rules. */
export async function readGoodsChanges(
	ctx: IExecuteFunctions,
	client: WeChatClient,
	itemIndex: number,
	goodsId: number,
): Promise<Record<string, unknown>> {
	const endpoint = 'goods/update';
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as Record<string, unknown>;
	const changes: Record<string, unknown> = {};
	const problems: Array<string | undefined> = [];
	if (fields.name !== undefined) {
		changes.name = String(fields.name).trim();
		problems.push(goodsNameProblem(changes.name as string));
	}
	if (fields.url !== undefined) {
		changes.url = String(fields.url).trim();
		problems.push(goodsUrlProblem(changes.url as string));
	}
	if (fields.thirdPartyAppid !== undefined)
		changes.thirdPartyAppid = String(fields.thirdPartyAppid).trim();
	if (fields.priceType !== undefined || fields.price !== undefined || fields.price2 !== undefined) {
		if (fields.price === undefined) problems.push('a price change needs Price');
		else {
			const price = priceOf(fields);
			problems.push(...priceProblems(price));
			Object.assign(changes, price);
			if (price.price2 === undefined) delete changes.price2;
		}
	}
	const image = goodsImage(true);
	const read = readLiveImage(ctx, itemIndex, image, endpoint);
	problems.push(
		Object.keys(changes).length === 0 && read.kind === 'keep'
			? 'nothing to update: add a field or choose an image'
			: undefined,
	);
	assertNoProblems(endpoint, problems);
	const coverImgUrl = await liveImageMediaId(ctx, client, itemIndex, image, read, endpoint);
	return { goodsId, ...changes, ...(coverImgUrl ? { coverImgUrl } : {}) };
}
