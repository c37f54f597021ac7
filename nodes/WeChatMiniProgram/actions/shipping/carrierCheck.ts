import type { LogisticsType, Parcel } from '../../../protocol/wechat/shipping/shippingRules';
import { getDeliveryCompanies } from '../../transport/weChatApi/shipping';
import type { Carrier } from '../../transport/weChatApi/shipping';
import type { WeChatClient } from '../../transport/weChatClient';

/**
 * Checks express parcels' carriers against WeChat's carrier list, read at most once per run (the
 * first express item asks; the others wait for that answer). When the list cannot be read the
 * check is skipped: it helps find a mistyped carrier, it must not block uploads.
 */
export function carrierCheck(
	client: WeChatClient,
): (logisticsType: LogisticsType, parcels: Parcel[]) => Promise<string[]> {
	let carriers: Promise<Carrier[] | undefined> | undefined;
	return async (logisticsType, parcels) => {
		if (logisticsType !== 1) return [];
		const named = parcels.filter((parcel) => parcel.expressCompany);
		if (named.length === 0) return [];
		carriers ??= getDeliveryCompanies(client).catch(() => undefined);
		const list = await carriers;
		if (!list || list.length === 0) return [];
		const known = new Set(list.map((carrier) => carrier.delivery_id));
		return named
			.filter((parcel) => !known.has(parcel.expressCompany!))
			.map(
				(parcel) =>
					`"${parcel.expressCompany}" is not a WeChat carrier ID (for example ${list
						.slice(0, 3)
						.map((carrier) => `${carrier.delivery_id} for ${carrier.delivery_name}`)
						.join(', ')})`,
			);
	};
}
