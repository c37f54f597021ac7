/**
 * Fields of an error answer that are safe and useful to show: where the user completes a step
 * WeChat asks for. Every other field of an error answer is dropped, as it may echo request data.
 */
const SAFE_DETAIL_FIELDS: Readonly<Record<string, string>> = {
	/** room/create, errcode 300036: the anchor has not verified their real name. */
	qrcode_url: 'real-name verification QR code',
	/** role/addrole, errcode 400002: the same, for a new anchor. */
	codeurl: 'real-name verification QR code',
};

const WEB_ADDRESS = /^https?:\/\/[^\s]{1,500}$/;

/** The whitelisted fields of a WeChat error answer, each a web address, by their answer field name. */
export function safeErrorDetails(answer: Record<string, unknown>): Record<string, string> {
	const details: Record<string, string> = {};
	for (const field of Object.keys(SAFE_DETAIL_FIELDS)) {
		const value = answer[field];
		if (typeof value === 'string' && WEB_ADDRESS.test(value)) details[field] = value;
	}
	return details;
}

/** The details in words for an error message: "real-name verification QR code: https://…". */
export function describeErrorDetails(details: Readonly<Record<string, string>>): string {
	return Object.entries(details)
		.map(([field, value]) => `${SAFE_DETAIL_FIELDS[field] ?? field}: ${value}`)
		.join('; ');
}
