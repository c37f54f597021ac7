import { reject } from '../../common/callbackRejection';
import { queryParameter } from '../../common/queryParameters';
import type { CallbackRequest } from '../../common/callbackRequest';
import { readTencentCallbackBody } from './callbackBody';
import type { TencentCallbackConfig } from './callbackConfig';
import { isValidTencentCallbackSignature } from './callbackSignature';
import { decodeTencentCallback } from './decodeCallback';

export interface ReceivedTencentCallback {
	/** The output item, `dedupKey` included. */
	item: Record<string, unknown>;
	command: string;
	/** The JSON body as Tencent sent it. */
	rawMessage: string;
}

const MAX_COMMAND_LENGTH = 128;
const COMMAND = /^[A-Za-z0-9_.]+$/;

/**
 * A POSTed Tencent Cloud Chat callback, checked in this order: credential, size, SdkAppid, Sign,
 * RequestTime freshness, contenttype query, JSON body (whatever its Content-Type), command. Throws a CallbackRejection (4xx, or 500
 * for a credential problem) whose reason quotes neither the request nor a secret.
 */
export function receiveTencentCallback(
	request: CallbackRequest,
	config: TencentCallbackConfig,
	nowSeconds: number,
): ReceivedTencentCallback {
	if (!/^\d{1,20}$/.test(config.sdkAppId) || /^0+$/.test(config.sdkAppId)) {
		throw reject(500, 'the credential has no SDKAppID to check callbacks against');
	}
	const { rawBody, query } = request;
	if (rawBody !== undefined && rawBody.length > config.maxBodyBytes) {
		throw reject(413, 'the request body is larger than the Max Body Size option');
	}

	const sdkAppId = sdkAppIdOf(query);
	if (sdkAppId === undefined) throw reject(400, 'query parameter SdkAppid is missing');
	if (sdkAppId !== config.sdkAppId)
		throw reject(403, "SdkAppid does not match the credential's SDKAppID");
	assertAuthenticated(query, config, nowSeconds);

	const contenttype = queryParameter(query, 'contenttype');
	if (contenttype !== undefined && contenttype.toLowerCase() !== 'json') {
		throw reject(415, 'query parameter contenttype must be json');
	}

	const text = bodyText(rawBody);
	const payload = readTencentCallbackBody(text, request.contentType);
	const command = commandOf(query, payload);
	const item = decodeTencentCallback(
		{
			command,
			sdkAppId,
			clientIp: queryParameter(query, 'ClientIP') ?? '',
			optPlatform: queryParameter(query, 'OptPlatform') ?? '',
		},
		payload,
	);
	return { item, command, rawMessage: text };
}

/** Tencent's Chat pages spell it SdkAppid; some newer pages write SdkAppId. Both are read. */
function sdkAppIdOf(query: Record<string, unknown>): string | undefined {
	const lower = queryParameter(query, 'SdkAppid');
	const upper = queryParameter(query, 'SdkAppId');
	if (lower !== undefined && upper !== undefined && lower !== upper) {
		throw reject(400, 'query parameters SdkAppid and SdkAppId disagree');
	}
	return lower ?? upper;
}

/**
 * With a Callback Token in the credential, Sign and RequestTime are required and checked. Without
 * one, a signed request is refused too: the token exists in the console but not in n8n.
 */
function assertAuthenticated(
	query: Record<string, unknown>,
	config: TencentCallbackConfig,
	nowSeconds: number,
): void {
	const sign = queryParameter(query, 'Sign');
	const requestTime = queryParameter(query, 'RequestTime');
	if (!config.callbackToken) {
		if (sign !== undefined) {
			throw reject(
				500,
				'the request is signed but the credential has no Callback Token: add the authentication token to the credential',
			);
		}
		return;
	}
	if (sign === undefined)
		throw reject(
			401,
			'query parameter Sign is missing (callback authentication is on in the credential)',
		);
	if (requestTime === undefined) throw reject(401, 'query parameter RequestTime is missing');
	if (!/^\d{1,12}$/.test(requestTime))
		throw reject(400, 'query parameter RequestTime is not a Unix time');
	if (!isValidTencentCallbackSignature(config.callbackToken, requestTime, sign)) {
		throw reject(401, "Sign does not match: check the credential's Callback Token");
	}
	// RequestTime is covered by Sign, so an old, correctly signed request can only be a replay.
	if (
		config.replayWindowSeconds > 0 &&
		Math.abs(nowSeconds - Number(requestTime)) > config.replayWindowSeconds
	) {
		throw reject(403, 'RequestTime is outside the replay window');
	}
}

function bodyText(rawBody: Uint8Array | undefined): string {
	if (rawBody === undefined || rawBody.length === 0) throw reject(400, 'the request body is empty');
	const text = Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength).toString('utf8');
	if (text.trim() === '') throw reject(400, 'the request body is empty');
	return text;
}

/** The command from the query, checked against the body's CallbackCommand when both are present. */
function commandOf(query: Record<string, unknown>, payload: Record<string, unknown>): string {
	const inQuery = queryParameter(query, 'CallbackCommand');
	const inBody = Object.prototype.hasOwnProperty.call(payload, 'CallbackCommand')
		? payload.CallbackCommand
		: undefined;
	if (inBody !== undefined && typeof inBody !== 'string')
		throw reject(400, 'CallbackCommand in the body is not a string');
	if (inQuery !== undefined && inBody !== undefined && inBody !== inQuery) {
		throw reject(400, 'CallbackCommand in the query and in the body disagree');
	}
	const command = inQuery ?? inBody;
	if (command === undefined || command === '') throw reject(400, 'CallbackCommand is missing');
	if (command.length > MAX_COMMAND_LENGTH || !COMMAND.test(command))
		throw reject(400, 'CallbackCommand holds unexpected characters');
	return command;
}
