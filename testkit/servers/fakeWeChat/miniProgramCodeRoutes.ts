import { createHash } from 'node:crypto';

import { drawPng } from '../pngImage';
import type { BinaryAnswer, FakeWeChatServer, Json } from './server';

export interface FakeCodeState {
	/** Pages of the published Mini Program: check_path refuses others with 41030. */
	publishedPages: Set<string>;
	/** Paths the limited APIs (getwxacode, createwxaqrcode) have made a code for, per App ID. */
	limitedCodes: Map<string, Set<string>>;
	/** WeChat's lifetime limit of limited codes per Mini Program (100000). */
	limitedCodeLimit: number;
	/** getwxacodeunlimit's frequency limit per App ID and clock minute (5000); 45009 beyond it. */
	unlimitedPerMinute: number;
	/** Unlimited codes made per App ID in each clock minute. */
	unlimitedByMinute: Map<string, number>;
	/** The Content-Type WeChat labels its answers with; tests swap them as WeChat has been seen to. */
	labels: { image: string; error: string };
}

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
const ENV_VERSIONS = new Set(['release', 'trial', 'develop']);
/** The local codes are drawn small (a tenth of the asked width) so thousands stay cheap to make. */
const DRAWN_SCALE = 10;

/**
 * Mini Program codes: getwxacodeunlimit, getwxacode and createwxaqrcode answer a PNG, or a JSON
 * error; getwxacodeunlimit at most 5000 a minute (45009), the other two 100000 in all (45029).
 */
export function addMiniProgramCodeRoutes(server: FakeWeChatServer): FakeCodeState {
	const state: FakeCodeState = {
		publishedPages: new Set(['pages/index/index', 'pages/store/store', 'pages/order/detail']),
		limitedCodes: new Map(),
		limitedCodeLimit: 100_000,
		unlimitedPerMinute: 5_000,
		unlimitedByMinute: new Map(),
		labels: { image: 'image/jpeg', error: 'application/json; encoding=utf-8' },
	};
	const error = (errcode: number, errmsg: string): BinaryAnswer => ({
		binary: Buffer.from(JSON.stringify({ errcode, errmsg })),
		contentType: state.labels.error,
	});
	const image = (content: string, body: Json): BinaryAnswer => ({
		binary: drawCode(content, body),
		contentType: state.labels.image,
	});
	const common = (body: Json): BinaryAnswer | undefined => {
		if (body.env_version !== undefined && !ENV_VERSIONS.has(String(body.env_version)))
			return error(40097, 'invalid args: env_version');
		if (body.width !== undefined && !Number.isFinite(Number(body.width)))
			return error(40097, 'invalid args: width');
		return undefined;
	};
	const checkedPage = (page: string, checkPath: unknown): BinaryAnswer | undefined =>
		checkPath !== false && page !== '' && !state.publishedPages.has(page)
			? error(
					41030,
					`invalid page rid: ${createHash('md5').update(page).digest('hex').slice(0, 8)}`,
				)
			: undefined;
	const limited = (appId: string, path: string): BinaryAnswer | undefined => {
		const made = state.limitedCodes.get(appId) ?? new Set<string>();
		state.limitedCodes.set(appId, made);
		if (made.has(path)) return undefined;
		if (made.size >= state.limitedCodeLimit) return error(45029, 'qrcode count out of limit');
		made.add(path);
		return undefined;
	};

	const withinMinuteLimit = (appId: string): BinaryAnswer | undefined => {
		const key = `${appId}|${Math.floor(server.clock.now() / 60_000)}`;
		const made = state.unlimitedByMinute.get(key) ?? 0;
		if (made >= state.unlimitedPerMinute) return error(45009, 'reach max api minute quota limit');
		state.unlimitedByMinute.set(key, made + 1);
		return undefined;
	};

	server.route('/wxa/getwxacodeunlimit', ({ body, appId }) => {
		const scene = String(body.scene ?? '');
		if (!SCENE.test(scene)) return error(40129, 'invalid scene');
		const page = String(body.page ?? '');
		if (page.startsWith('/') || page.includes('?')) return error(41030, 'invalid page');
		return (
			common(body) ??
			checkedPage(page, body.check_path) ??
			withinMinuteLimit(appId) ??
			image(`${page}|${scene}`, body)
		);
	});
	server.route('/wxa/getwxacode', ({ body, appId }) => {
		const path = String(body.path ?? '');
		if (path === '' || path.length > 1024) return error(40159, 'invalid length for path');
		return (
			common(body) ??
			checkedPage(path.split('?')[0], true) ??
			limited(appId, path) ??
			image(path, body)
		);
	});
	server.route('/cgi-bin/wxaapp/createwxaqrcode', ({ body, appId }) => {
		const path = String(body.path ?? '');
		if (path === '' || Buffer.byteLength(path) > 128)
			return error(40159, 'invalid length for path');
		return (
			common(body) ??
			checkedPage(path.split('?')[0], true) ??
			limited(appId, path) ??
			image(path, { ...body, is_hyaline: false })
		);
	});
	return state;
}

/** A square code whose pattern follows what it encodes, in its line color, transparent if asked. */
function drawCode(content: string, body: Json): Buffer {
	const width = Math.min(1280, Math.max(280, Number(body.width ?? 430)));
	const size = Math.round(width / DRAWN_SCALE);
	const digest = createHash('sha256').update(content).digest();
	const color = (body.line_color ?? { r: 0, g: 0, b: 0 }) as { r: number; g: number; b: number };
	const hyaline = body.is_hyaline === true;
	return drawPng(
		size,
		size,
		(x, y) => {
			const bit = digest[(x * 7 + y * 13) % digest.length] & (1 << (x + y) % 8);
			if (bit) return [Number(color.r), Number(color.g), Number(color.b), 255];
			return [255, 255, 255, hyaline ? 0 : 255];
		},
		{ alpha: hyaline },
	);
}
