import type { AnsweredFile } from '../../../protocol/common/fileAnswer';
import type { LineColor } from '../../../protocol/wechat/growth/codeRules';
import type { WeChatClient } from '../weChatClient';

const CODE_ERRCODES: Record<number, string> = {
	40129: "invalid scene: at most 32 characters of digits, letters and !#$&'()*+,/:;=?@-._~",
	40159: 'invalid path length: the path (query included) is too long or empty',
	40169: 'invalid scene length',
	41030:
		'invalid page: it does not exist in the released Mini Program (publish it, or turn Check Page Exists off for trial and develop versions)',
	45029:
		'the Mini Program has made its 100000 codes of the limited kind (Create Code and Create QR Code together): use Create Unlimited Code',
	85096: 'scancode_time is set for this code type, which does not take it',
};

export interface CodeLook {
	width?: number;
	autoColor?: boolean;
	lineColor?: LineColor;
	transparent?: boolean;
}

export interface UnlimitedCodeRequest extends CodeLook {
	scene: string;
	page?: string;
	checkPath?: boolean;
	envVersion?: string;
}

export interface LimitedCodeRequest extends CodeLook {
	path: string;
	envVersion?: string;
}

/** getwxacodeunlimit's own frequency limit: more than this many codes in a minute answer 45009. */
export const UNLIMITED_CODES_PER_MINUTE = 5000;

// Codes are the same image for the same request, so repeating one changes nothing: idempotent.
const CODE_CALL = { idempotent: true, errorMeanings: CODE_ERRCODES } as const;
const UNLIMITED_CODE_CALL = {
	idempotent: true,
	errorMeanings: {
		...CODE_ERRCODES,
		45009: `more than ${UNLIMITED_CODES_PER_MINUTE} unlimited codes in a minute: nothing was made; the node waits and resends for up to Rate Limit Wait`,
	},
	refusedErrcodes: [45009],
} as const;

/** A Mini Program code for a scene, with no limit on how many (getwxacodeunlimit). */
export async function createUnlimitedCode(
	client: WeChatClient,
	request: UnlimitedCodeRequest,
): Promise<AnsweredFile> {
	return await client.postForFile(
		'/wxa/getwxacodeunlimit',
		{
			scene: request.scene,
			page: request.page || undefined,
			check_path: request.checkPath,
			env_version: request.envVersion,
			...look(request),
		},
		UNLIMITED_CODE_CALL,
	);
}

/** A Mini Program code for a path with its query; 100000 in a Mini Program's life (getwxacode). */
export async function createCode(
	client: WeChatClient,
	request: LimitedCodeRequest,
): Promise<AnsweredFile> {
	return await client.postForFile(
		'/wxa/getwxacode',
		{ path: request.path, env_version: request.envVersion, ...look(request) },
		CODE_CALL,
	);
}

/** A square QR code for a path; shares the limited code's 100000 (createwxaqrcode). */
export async function createQrCode(
	client: WeChatClient,
	request: { path: string; width?: number },
): Promise<AnsweredFile> {
	return await client.postForFile(
		'/cgi-bin/wxaapp/createwxaqrcode',
		{ path: request.path, width: request.width },
		CODE_CALL,
	);
}

function look({ width, autoColor, lineColor, transparent }: CodeLook): Record<string, unknown> {
	return {
		width,
		auto_color: autoColor,
		line_color: autoColor ? undefined : lineColor,
		is_hyaline: transparent,
	};
}
