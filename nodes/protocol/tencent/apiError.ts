import { describeTencentChatErrorCode } from './errorCodes';

/**
 * A Tencent Cloud Chat answer with ActionStatus FAIL or a non-zero ErrorCode (HTTP 200 all the same).
 * The message names the code, its meaning and the command; never the request URL (it holds the UserSig).
 */
export class TencentChatApiError extends Error {
	readonly meaning: string;

	constructor(
		readonly errorCode: number,
		readonly errorInfo: string,
		readonly command: string,
		meanings?: Record<number, string>,
	) {
		const meaning = describeTencentChatErrorCode(errorCode, meanings);
		const info = errorInfo.trim();
		super(
			`Tencent Cloud Chat ${command} failed with ErrorCode ${errorCode} (${meaning})${info ? `: ${info}` : ''}`,
		);
		this.name = 'TencentChatApiError';
		this.meaning = meaning;
	}
}
