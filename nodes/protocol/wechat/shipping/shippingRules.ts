import { uploadOrderKey } from './orderKey';
import type { OrderKey } from './orderKey';

/** WeChat's logistics types: 1 express, 2 same-city delivery, 3 virtual goods, 4 buyer pick-up. */
export type LogisticsType = 1 | 2 | 3 | 4;
export type DeliveryMode = 'unified' | 'split';

export interface Parcel {
	trackingNo?: string;
	/** The carrier's delivery_id from get_delivery_list ("SF", "YTO", ...). */
	expressCompany?: string;
	itemDesc: string;
	consignorContact?: string;
	receiverContact?: string;
}

export interface Shipment {
	orderKey: OrderKey;
	logisticsType: LogisticsType;
	deliveryMode: DeliveryMode;
	/** Split delivery only: whether this upload completes the order. */
	isAllDelivered?: boolean;
	parcels: Parcel[];
	/** RFC 3339. */
	uploadTime: string;
	payerOpenid: string;
}

export const MAX_PARCELS = 15;
export const MAX_ITEM_DESC_CHARS = 120;
/** SF Express (顺丰) is the carrier WeChat wants a contact for. */
export const SF_EXPRESS = 'SF';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
/** Masked with `*`, the last four digits shown (WeChat: 189****1234, 021-****1234, ****123-8008). */
const MASKED_CONTACT = /^[\d+\-*]*\*[\d+\-*]*\d{4}(-\d+)?$/;

/**
 * The problems WeChat would refuse this shipment for, all of them, found before sending: parcel
 * count (1 for unified delivery, at most 15), split delivery by express only and with "all
 * delivered" said, tracking number and carrier for express, item descriptions, a masked contact
 * for SF Express, an RFC 3339 upload time, the payer.
 */
export function shipmentProblems(shipment: Shipment): string[] {
	const problems: string[] = [];
	const { parcels, deliveryMode, logisticsType } = shipment;
	if (parcels.length === 0) problems.push('there is no parcel');
	if (parcels.length > MAX_PARCELS)
		problems.push(`${parcels.length} parcels: WeChat takes at most ${MAX_PARCELS}`);
	if (deliveryMode === 'unified' && parcels.length > 1)
		problems.push(`unified delivery takes exactly one parcel, not ${parcels.length}`);
	if (deliveryMode === 'split' && logisticsType !== 1)
		problems.push('split delivery is only allowed for express (logistics type 1)');
	if (deliveryMode === 'split' && shipment.isAllDelivered === undefined)
		problems.push('split delivery needs "All Delivered" (whether this upload completes the order)');
	parcels.forEach((parcel, index) => {
		const name = parcels.length > 1 ? `parcel ${index + 1}` : 'the parcel';
		problems.push(...parcelProblems(parcel, name, logisticsType));
	});
	if (!RFC3339.test(shipment.uploadTime) || Number.isNaN(Date.parse(shipment.uploadTime)))
		problems.push(
			`the upload time "${shipment.uploadTime}" is not RFC 3339 (e.g. 2026-12-01T10:00:00.000+08:00)`,
		);
	if (!shipment.payerOpenid) problems.push("the payer's openid is empty");
	return problems;
}

function parcelProblems(parcel: Parcel, name: string, logisticsType: LogisticsType): string[] {
	const problems: string[] = [];
	const desc = parcel.itemDesc.trim();
	if (!desc) problems.push(`${name} has no item description`);
	const chars = [...desc].length;
	if (chars > MAX_ITEM_DESC_CHARS)
		problems.push(
			`${name}'s item description has ${chars} characters (at most ${MAX_ITEM_DESC_CHARS})`,
		);
	if (logisticsType !== 1) return problems;
	if (!parcel.trackingNo) problems.push(`${name} has no tracking number (express needs one)`);
	if (!parcel.expressCompany) problems.push(`${name} has no carrier (express needs one)`);
	if (parcel.expressCompany === SF_EXPRESS) {
		const contacts = [parcel.consignorContact, parcel.receiverContact].filter(
			(contact): contact is string => Boolean(contact),
		);
		if (contacts.length === 0)
			problems.push(
				`${name} goes by SF Express, which needs the sender's or the receiver's phone number (masked, e.g. 139****5678)`,
			);
		else if (!contacts.every((contact) => MASKED_CONTACT.test(contact)))
			problems.push(
				`${name}'s contact must be masked with * and show its last 4 digits (e.g. 139****5678), never a full phone number`,
			);
	}
	return problems;
}

/** The upload_shipping_info body: `shipping_list` always an array, optional fields only when given. */
export function shipmentBody(shipment: Shipment): Record<string, unknown> {
	return {
		order_key: uploadOrderKey(shipment.orderKey),
		...shippingDetails(shipment),
		upload_time: shipment.uploadTime,
		payer: { openid: shipment.payerOpenid },
	};
}

/** The per-order part of a body (also one sub-order of a combined upload). */
export function shippingDetails(
	shipment: Omit<Shipment, 'uploadTime' | 'payerOpenid'>,
): Record<string, unknown> {
	return {
		logistics_type: shipment.logisticsType,
		delivery_mode: shipment.deliveryMode === 'unified' ? 1 : 2,
		...(shipment.deliveryMode === 'split' ? { is_all_delivered: shipment.isAllDelivered } : {}),
		shipping_list: shipment.parcels.map(parcelJson),
	};
}

function parcelJson(parcel: Parcel): Record<string, unknown> {
	const contact = {
		...(parcel.consignorContact ? { consignor_contact: parcel.consignorContact } : {}),
		...(parcel.receiverContact ? { receiver_contact: parcel.receiverContact } : {}),
	};
	return {
		...(parcel.trackingNo ? { tracking_no: parcel.trackingNo } : {}),
		...(parcel.expressCompany ? { express_company: parcel.expressCompany } : {}),
		item_desc: parcel.itemDesc.trim(),
		...(Object.keys(contact).length > 0 ? { contact } : {}),
	};
}

/**
 * Parcels from an input field, whatever its shape: one object or a list of them, with WeChat's
 * names (tracking_no, express_company, item_desc, contact.{consignor,receiver}_contact) or
 * camelCase ones. A parcel that is not an object is refused by name.
 */
export function readParcels(value: unknown): Parcel[] {
	const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	return list.map((entry, index) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
			throw new Error(`parcel ${index + 1} is not an object`);
		const parcel = entry as Record<string, unknown>;
		const contact = (
			typeof parcel.contact === 'object' && parcel.contact !== null ? parcel.contact : {}
		) as Record<string, unknown>;
		const pick = (...values: unknown[]) => {
			const found = values.find((v) => v !== undefined && v !== null && String(v).trim() !== '');
			return found === undefined ? undefined : String(found).trim();
		};
		return {
			trackingNo: pick(parcel.tracking_no, parcel.trackingNo),
			expressCompany: pick(parcel.express_company, parcel.expressCompany),
			itemDesc: pick(parcel.item_desc, parcel.itemDesc) ?? '',
			consignorContact: pick(contact.consignor_contact, parcel.consignorContact),
			receiverContact: pick(contact.receiver_contact, parcel.receiverContact),
		};
	});
}

/** Milliseconds of an RFC 3339 time, or of WeChat's seconds. */
export function uploadTimeMs(value: string | number): number {
	return typeof value === 'number' ? value * 1000 : Date.parse(value);
}

/**
 * Remembers the latest upload time per order within a run, so a second upload of one order in the
 * same run must be later than the first (WeChat refuses it otherwise), and a time WeChat already
 * holds (from the order read first) counts too.
 */
export class UploadTimes {
	private readonly latest = new Map<string, number>();

	/** Why `uploadTime` may not be used for `order`, or undefined (and it is then recorded). */
	claim(order: string, uploadTime: string, previousMs?: number): string | undefined {
		const ms = uploadTimeMs(uploadTime);
		const before = Math.max(this.latest.get(order) ?? -Infinity, previousMs ?? -Infinity);
		if (Number.isFinite(before) && !(ms > before))
			return `the upload time ${uploadTime} is not later than the order's previous upload (${new Date(before).toISOString()}): WeChat wants each update later than the one before`;
		this.latest.set(order, ms);
		return undefined;
	}
}
