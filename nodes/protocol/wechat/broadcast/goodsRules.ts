import { widthProblem } from './textRules';
import type { WidthRule } from './textRules';

/**
 * Goods name: WeChat's document says at most 14 Chinese characters; the real API also refuses
 * fewer than 3 (errcode 300002 "name length invalid" for a 2-character name), so both ends are checked.
 */
export const GOODS_NAME_RULE: WidthRule = { label: 'Goods name', minChinese: 3, maxChinese: 14 };

/** 1: one price; 2: a range (price to price2); 3: a discount (price was, price2 now). */
export const PRICE_TYPES = { fixed: 1, range: 2, discount: 3 } as const;
export type PriceType = (typeof PRICE_TYPES)[keyof typeof PRICE_TYPES];

export interface GoodsPrice {
	priceType: number;
	price: number;
	price2?: number;
}

function priceProblem(label: string, value: number): string | undefined {
	if (!Number.isFinite(value) || value <= 0) return `${label} must be a positive number of yuan`;
	if (Math.round(value * 100) !== Number((value * 100).toFixed(6)))
		return `${label} ${value} has more than two decimals`;
	return undefined;
}

/** Price rules of goods/add and goods/update (errcode 300003 when broken). */
export function priceProblems({ priceType, price, price2 }: GoodsPrice): Array<string | undefined> {
	if (![1, 2, 3].includes(priceType)) return [`price type ${priceType} is not 1, 2 or 3`];
	const problems = [priceProblem('Price', price)];
	if (priceType === PRICE_TYPES.fixed) return problems;
	if (price2 === undefined) return [...problems, 'Price 2 is required for a range or a discount'];
	problems.push(priceProblem('Price 2', price2));
	if (priceType === PRICE_TYPES.range && !(price2 > price))
		problems.push(`a price range needs Price 2 (${price2}) above Price (${price})`);
	if (priceType === PRICE_TYPES.discount && !(price2 < price))
		problems.push(
			`a discount needs Price 2, the current price (${price2}), below Price, the original (${price})`,
		);
	return problems;
}

export function goodsNameProblem(name: string): string | undefined {
	return widthProblem(name, GOODS_NAME_RULE);
}

/** The goods/add document: "图片尺寸最大300像素*300像素"; temporary images are at most 2 MB. */
export const GOODS_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A Mini Program page path without a leading "/": WeChat's examples use "pages/index/index", and its
 * forum reports goods/add refusing a path that starts with "/".
 */
export function goodsUrlProblem(url: string): string | undefined {
	if (url.trim() === '') return 'Page URL is required';
	if (url.startsWith('/'))
		return `Page URL "${url}" must be a Mini Program path without a leading "/", e.g. pages/goods/detail?id=1`;
	return undefined;
}
