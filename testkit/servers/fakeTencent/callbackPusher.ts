import { createHash } from 'node:crypto';

/**
 * The local Tencent Cloud Chat's side of a callback: it POSTs the JSON body to the app's callback
 * URL with the query Tencent appends (SdkAppid, CallbackCommand, contenttype, ClientIP,
 * OptPlatform, and RequestTime and Sign = sha256(token + RequestTime) when a callback token is
 * set), written from Tencent's pages apart from the node's code, and records the answer.
 */
export interface PushedCallback {
	command: string;
	payload: Record<string, unknown>;
	status: number;
	/** The answer as Tencent reads it (JSON), or undefined when it was not JSON. */
	answer?: Record<string, unknown>;
	rawAnswer: string;
}

export interface CallbackTarget {
	url: string;
	sdkAppId: number | string;
	/** The callback token set in the Chat console; none: unsigned callbacks. */
	callbackToken?: string;
}

export async function pushChatCallback(
	target: CallbackTarget,
	command: string,
	payload: Record<string, unknown>,
	requestTime = Math.floor(Date.now() / 1000),
): Promise<PushedCallback> {
	const url = new URL(target.url);
	const query: Record<string, string> = {
		SdkAppid: String(target.sdkAppId),
		CallbackCommand: command,
		contenttype: 'json',
		ClientIP: '203.0.113.7',
		OptPlatform: 'iOS',
	};
	if (target.callbackToken) {
		query.RequestTime = String(requestTime);
		query.Sign = createHash('sha256').update(`${target.callbackToken}${requestTime}`).digest('hex');
	}
	for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ CallbackCommand: command, ...payload }),
	});
	const rawAnswer = await response.text();
	let answer: Record<string, unknown> | undefined;
	try {
		const parsed: unknown = JSON.parse(rawAnswer);
		if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
			answer = parsed as Record<string, unknown>;
	} catch {
		answer = undefined;
	}
	return { command, payload, status: response.status, answer, rawAnswer };
}
