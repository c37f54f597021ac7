/** WeChat server API entry points. "api2" is WeChat's disaster-recovery domain; sh/sz/hk are regional. */
export const WECHAT_API_DOMAINS = [
	{ name: 'General (api.weixin.qq.com)', value: 'https://api.weixin.qq.com' },
	{ name: 'General Backup (api2.weixin.qq.com)', value: 'https://api2.weixin.qq.com' },
	{ name: 'Shanghai (sh.api.weixin.qq.com)', value: 'https://sh.api.weixin.qq.com' },
	{ name: 'Shenzhen (sz.api.weixin.qq.com)', value: 'https://sz.api.weixin.qq.com' },
	{ name: 'Hong Kong (hk.api.weixin.qq.com)', value: 'https://hk.api.weixin.qq.com' },
] as const;

export const CUSTOM_DOMAIN = 'custom';

export function resolveBaseUrl(
	apiDomain: string | undefined,
	customBaseUrl: string | undefined,
): string {
	const chosen = apiDomain === CUSTOM_DOMAIN ? customBaseUrl : apiDomain;
	const url = (chosen || WECHAT_API_DOMAINS[0].value).trim();
	if (!/^https?:\/\//i.test(url)) {
		throw new Error(
			`The API base URL "${url}" must start with https:// (or http:// for a local test server)`,
		);
	}
	return url.replace(/\/+$/, '');
}
