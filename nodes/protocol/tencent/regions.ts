/**
 * Tencent Cloud Chat REST domains: an SDKAppID only works on the domain of the region it was
 * created in. The six from the add_subscriber page, plus Tokyo, which newer Tencent pages list too.
 */
export const TENCENT_CHAT_REGIONS = [
	{ name: 'China (console.tim.qq.com)', value: 'console.tim.qq.com' },
	{ name: 'Singapore (adminapisgp.im.qcloud.com)', value: 'adminapisgp.im.qcloud.com' },
	{ name: 'Seoul (adminapikr.im.qcloud.com)', value: 'adminapikr.im.qcloud.com' },
	{ name: 'Tokyo (adminapijpn.im.qcloud.com)', value: 'adminapijpn.im.qcloud.com' },
	{ name: 'Frankfurt (adminapiger.im.qcloud.com)', value: 'adminapiger.im.qcloud.com' },
	{ name: 'Silicon Valley (adminapiusa.im.qcloud.com)', value: 'adminapiusa.im.qcloud.com' },
	{ name: 'Jakarta (adminapiidn.im.qcloud.com)', value: 'adminapiidn.im.qcloud.com' },
] as const;

export const CUSTOM_REGION = 'custom';

/** Base URL (no trailing slash) for a region choice; custom URLs may be http for local test servers. */
export function resolveTencentBaseUrl(
	region: string | undefined,
	customBaseUrl: string | undefined,
): string {
	if (region === CUSTOM_REGION) {
		const url = String(customBaseUrl ?? '').trim();
		if (!/^https?:\/\/[^/]/i.test(url)) {
			throw new Error(
				`The custom base URL "${url}" must start with https:// (or http:// for a local test server)`,
			);
		}
		return url.replace(/\/+$/, '');
	}
	const domain = region || TENCENT_CHAT_REGIONS[0].value;
	if (!TENCENT_CHAT_REGIONS.some((known) => known.value === domain)) {
		throw new Error(`Unknown Tencent Cloud Chat region "${domain}"`);
	}
	return `https://${domain}`;
}
