import type { ExpiryFields } from '../../../protocol/wechat/growth/linkExpiry';
import type { WeChatAnswer, WeChatClient } from '../weChatClient';

const QUOTA_SPENT =
	'is used up for today (China time): URL Scheme, URL Link and NFC scheme together make at most 500000 links a day; nothing was made, and the quota renews at midnight China time';

/** What links' errcodes mean, in words a user can act on. */
const LINK_ERRCODES: Record<number, string> = {
	40002:
		'no permission: only Mini Programs of non-individual entities in mainland China can make links',
	40013: 'link generation is banned for this Mini Program',
	40097: 'an argument is invalid',
	40165: 'invalid path: the page does not exist in the released Mini Program',
	40212: "invalid query: at most 1024 characters of digits, letters and !#$&'()*+,/:;=?@-._~%",
	44993: `the daily link quota ${QUOTA_SPENT}`,
	45009:
		"Short Link's daily quota is used up (China time): nothing was made, and the quota renews at midnight China time",
	85079: 'the Mini Program has no released version: publish it before making links',
	85400: 'the Mini Program has made the most long-lived links it may',
	85401: 'invalid expiry: a link must expire within 30 days (and more than a minute from now)',
	85402: 'invalid env_version: release, trial or develop',
	85403: 'WeChat does not know this link: check it was copied whole',
	85404: 'this link was made by another Mini Program',
	85406: 'this link was made by another Mini Program, or has expired',
};

export interface LinkTarget {
	path: string;
	query: string;
	envVersion: string;
}

// Every generate call makes a new link and spends daily quota: not idempotent.
const GENERATE = { idempotent: false, errorMeanings: LINK_ERRCODES } as const;
const QUERY = { idempotent: true, errorMeanings: LINK_ERRCODES } as const;

export async function generateUrlScheme(
	client: WeChatClient,
	target: LinkTarget,
	expiry: ExpiryFields,
): Promise<string> {
	const answer = await client.post(
		'/wxa/generatescheme',
		{ jump_wxa: jumpTarget(target), ...expiry },
		GENERATE,
	);
	return String(answer.openlink ?? '');
}

export async function generateUrlLink(
	client: WeChatClient,
	target: LinkTarget,
	expiry: ExpiryFields,
): Promise<string> {
	const answer = await client.post(
		'/wxa/generate_urllink',
		{ path: target.path, query: target.query, env_version: target.envVersion, ...expiry },
		GENERATE,
	);
	return String(answer.url_link ?? '');
}

/** A scheme for an NFC tag (model id registered with WeChat, optional tag serial number). */
export async function generateNfcScheme(
	client: WeChatClient,
	target: LinkTarget,
	device: { modelId: string; serialNumber?: string },
): Promise<string> {
	const answer = await client.post(
		'/wxa/generatenfcscheme',
		{
			jump_wxa: jumpTarget(target),
			model_id: device.modelId,
			sn: device.serialNumber || undefined,
		},
		GENERATE,
	);
	return String(answer.openlink ?? '');
}

/** A short link that opens the Mini Program from inside WeChat (genwxashortlink). */
export async function generateShortLink(
	client: WeChatClient,
	request: { pageUrl: string; pageTitle: string; permanent: boolean },
): Promise<string> {
	const answer = await client.post(
		'/wxa/genwxashortlink',
		{
			page_url: request.pageUrl,
			page_title: request.pageTitle || undefined,
			is_permanent: request.permanent,
		},
		GENERATE,
	);
	return String(answer.link ?? '');
}

export interface LinkInfo {
	info: Record<string, unknown>;
	/** Opens left today, where WeChat says. */
	remainingVisitQuota?: number;
}

export async function getSchemeInfo(client: WeChatClient, scheme: string): Promise<LinkInfo> {
	const answer = await client.post('/wxa/queryscheme', { scheme }, QUERY);
	return linkInfo(answer, 'scheme_info');
}

export async function getUrlLinkInfo(client: WeChatClient, urlLink: string): Promise<LinkInfo> {
	const answer = await client.post('/wxa/query_urllink', { url_link: urlLink }, QUERY);
	return linkInfo(answer, 'url_link_info');
}

function jumpTarget({ path, query, envVersion }: LinkTarget) {
	return { path, query, env_version: envVersion };
}

function linkInfo(answer: WeChatAnswer, key: string): LinkInfo {
	const info = (answer[key] ?? {}) as Record<string, unknown>;
	const quota = (answer.quota_info ?? {}) as Record<string, unknown>;
	const remaining = Number(quota.remain_visit_quota);
	return { info, remainingVisitQuota: Number.isFinite(remaining) ? remaining : undefined };
}
