import { GOODS_AUDIT_STATUS } from './pageSizes';

export interface PickerGoods {
	goodsId: number | string;
	name?: string;
	price?: number;
	price2?: number;
	priceType?: number;
}

/** One goods entry of the goods pickers. */
export function goodsPickerEntry(
	goods: PickerGoods,
	status: number,
): { name: string; value: string; description: string } {
	const price =
		goods.price2 && goods.priceType !== 1
			? `¥${goods.price} / ¥${goods.price2}`
			: `¥${goods.price ?? '?'}`;
	return {
		name: `${goods.name ?? 'Goods'} (${goods.goodsId})`,
		value: String(goods.goodsId),
		description: `${GOODS_AUDIT_STATUS[status] ?? `status ${status}`}, ${price}`,
	};
}

export function matchesGoodsSearch(goods: PickerGoods, search: string | undefined): boolean {
	const wanted = (search ?? '').trim().toLowerCase();
	if (wanted === '') return true;
	return (
		String(goods.goodsId) === wanted ||
		String(goods.name ?? '')
			.toLowerCase()
			.includes(wanted)
	);
}

/**
 * The goods picker walks the audit states in turn; its pagination token is "status:offset", so the
 * next call continues where the last page ended.
 */
export function parseGoodsPickerToken(
	token: string | undefined,
	statuses: readonly number[],
): { statusIndex: number; offset: number } {
	const [status, offset] = String(token ?? '')
		.split(':')
		.map(Number);
	const statusIndex = statuses.indexOf(status);
	if (statusIndex < 0 || !Number.isInteger(offset) || offset < 0)
		return { statusIndex: 0, offset: 0 };
	return { statusIndex, offset };
}

/** A list of ids typed with commas, spaces or new lines, or an array from an expression. */
export function parseIdList(value: unknown): { ids: number[]; invalid: string[] } {
	const parts = (Array.isArray(value) ? value : String(value ?? '').split(/[\s,;]+/))
		.map((part) => String(part).trim())
		.filter((part) => part !== '');
	const ids: number[] = [];
	const invalid: string[] = [];
	for (const part of parts) {
		if (/^[1-9]\d*$/.test(part)) ids.push(Number(part));
		else invalid.push(part);
	}
	return { ids, invalid };
}
