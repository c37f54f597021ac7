import { randomBytes } from 'node:crypto';

import type { FakeWeChatServer, Json } from './server';

export interface FakeLink {
	kind: 'scheme' | 'urlLink' | 'nfcScheme' | 'shortLink';
	appId: string;
	path: string;
	query: string;
	envVersion: string;
	createTime: number;
	/** Unix seconds; 0 for a permanent short link. */
	expireTime: number;
}

export interface FakeLinkState {
	/** Whether the Mini Program has a released version (85079 otherwise). */
	released: boolean;
	publishedPages: Set<string>;
	links: Map<string, FakeLink>;
	/** Links made per China day: URL Scheme, URL Link and NFC scheme share 500000 a day (44993). */
	madeToday: Map<number, number>;
	dailyLinkLimit: number;
	/** Short Link has its own daily quota (45009). */
	shortLinksToday: Map<number, number>;
	dailyShortLinkLimit: number;
	/** Opens left today, which the query APIs report (3000000 a day). */
	remainingVisits: number;
}

const DAY_SECONDS = 86_400;
const MAX_EXPIRY_SECONDS = 30 * DAY_SECONDS;
const QUERY = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~%]{0,1024}$/;
const ENV_VERSIONS = new Set(['release', 'trial', 'develop']);

/**
 * URL Scheme, URL Link, NFC scheme and Short Link generation and queries, with WeChat's daily
 * quotas counted per China day on `now` (the server's clock).
 */
export function addLinkRoutes(
	server: FakeWeChatServer,
	options: { now?: () => number } = {},
): FakeLinkState {
	const now = options.now ?? (() => server.clock.now());
	const state: FakeLinkState = {
		released: true,
		publishedPages: new Set(['', 'pages/index/index', 'pages/campaign/campaign']),
		links: new Map(),
		madeToday: new Map(),
		dailyLinkLimit: 500_000,
		shortLinksToday: new Map(),
		dailyShortLinkLimit: 1_000_000,
		remainingVisits: 3_000_000,
	};
	const seconds = () => Math.floor(now() / 1000);
	const chinaDay = () => Math.floor((seconds() + 8 * 3600) / DAY_SECONDS);

	/** The checks URL Scheme, URL Link and NFC scheme share; the link's fields, or WeChat's refusal. */
	const checkedLink = (
		appId: string,
		target: Json,
		body: Json,
		needsExpiry: boolean,
	): Omit<FakeLink, 'kind'> | Json => {
		if (!state.released) return { errcode: 85079, errmsg: 'miniprogram has no online release' };
		const path = String(target.path ?? '');
		if (!state.publishedPages.has(path))
			return { errcode: 40165, errmsg: 'invalid weapp pagepath' };
		const query = String(target.query ?? '');
		if (!QUERY.test(query)) return { errcode: 40212, errmsg: 'invalid query' };
		const envVersion = String(target.env_version ?? 'release');
		if (!ENV_VERSIONS.has(envVersion)) return { errcode: 85402, errmsg: 'invalid env_version' };
		let expireTime = 0;
		if (needsExpiry) {
			const type = Number(body.expire_type ?? 0);
			if (type === 1) {
				const days = Number(body.expire_interval);
				if (!Number.isInteger(days) || days < 1 || days > 30)
					return { errcode: 85401, errmsg: 'time limit between 1min and 30days' };
				expireTime = seconds() + days * DAY_SECONDS;
			} else {
				expireTime = Number(body.expire_time);
				if (
					!Number.isInteger(expireTime) ||
					expireTime <= seconds() + 60 ||
					expireTime > seconds() + MAX_EXPIRY_SECONDS
				)
					return { errcode: 85401, errmsg: 'time limit between 1min and 30days' };
			}
		}
		const today = chinaDay();
		const made = state.madeToday.get(today) ?? 0;
		if (made >= state.dailyLinkLimit)
			return { errcode: 44993, errmsg: 'reach max limit of the day' };
		state.madeToday.set(today, made + 1);
		return { appId, path, query, envVersion, createTime: seconds(), expireTime };
	};
	const keep = (
		kind: FakeLink['kind'],
		fields: Omit<FakeLink, 'kind'> | Json,
		make: (id: string) => string,
		answerKey: string,
	): Json => {
		if ('errcode' in fields) return fields as Json;
		const id = make(randomBytes(6).toString('hex'));
		state.links.set(id, { kind, ...(fields as Omit<FakeLink, 'kind'>) });
		return { [answerKey]: id };
	};

	server.route('/wxa/generatescheme', ({ body, appId }) =>
		keep(
			'scheme',
			checkedLink(appId, (body.jump_wxa ?? {}) as Json, body, true),
			(id) => `weixin://dl/business/?t=${id}`,
			'openlink',
		),
	);
	server.route('/wxa/generate_urllink', ({ body, appId }) =>
		keep(
			'urlLink',
			checkedLink(appId, body, body, true),
			(id) => `https://wxaurl.cn/${id}`,
			'url_link',
		),
	);
	server.route('/wxa/generatenfcscheme', ({ body, appId }) => {
		if (!body.model_id) return { errcode: 40097, errmsg: 'invalid args: model_id' };
		return keep(
			'nfcScheme',
			checkedLink(appId, (body.jump_wxa ?? {}) as Json, body, false),
			(id) => `weixin://dl/business/?t=${id}`,
			'openlink',
		);
	});
	server.route('/wxa/genwxashortlink', ({ body, appId }) => {
		const [path, query = ''] = String(body.page_url ?? '').split('?');
		if (!state.released) return { errcode: 85079, errmsg: 'miniprogram has no online release' };
		if (!state.publishedPages.has(path))
			return { errcode: 40165, errmsg: 'invalid weapp pagepath' };
		if (String(body.page_title ?? '').length > 20)
			return { errcode: 40097, errmsg: 'invalid args: page_title' };
		const today = chinaDay();
		const made = state.shortLinksToday.get(today) ?? 0;
		if (made >= state.dailyShortLinkLimit)
			return { errcode: 45009, errmsg: 'reach max api daily quota limit' };
		state.shortLinksToday.set(today, made + 1);
		const id = `#小程序://demo/${randomBytes(5).toString('hex')}`;
		state.links.set(id, {
			kind: 'shortLink',
			appId,
			path,
			query,
			envVersion: 'release',
			createTime: seconds(),
			expireTime: body.is_permanent === true ? 0 : seconds() + 30 * DAY_SECONDS,
		});
		return { link: id };
	});

	const info = (link: FakeLink): Json => ({
		appid: link.appId,
		path: link.path,
		query: link.query,
		create_time: link.createTime,
		expire_time: link.expireTime,
		env_version: link.envVersion,
	});
	const found = (id: string, appId: string, kinds: FakeLink['kind'][]): FakeLink | Json => {
		const link = state.links.get(id);
		if (!link || !kinds.includes(link.kind)) return { errcode: 85403, errmsg: 'scheme not exist' };
		if (link.appId !== appId) return { errcode: 85406, errmsg: 'not belong to this appid' };
		return link;
	};
	server.route('/wxa/queryscheme', ({ body, appId }) => {
		const link = found(String(body.scheme ?? ''), appId, ['scheme', 'nfcScheme']);
		if ('errcode' in link) return link as Json;
		return {
			scheme_info: info(link as FakeLink),
			quota_info: { remain_visit_quota: state.remainingVisits },
		};
	});
	server.route('/wxa/query_urllink', ({ body, appId }) => {
		const link = found(String(body.url_link ?? ''), appId, ['urlLink']);
		if ('errcode' in link) return link as Json;
		return {
			url_link_info: info(link as FakeLink),
			quota_info: { remain_visit_quota: state.remainingVisits },
		};
	});
	return state;
}
