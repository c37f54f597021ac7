export interface TencentCallbackConfig {
	/** The credential's SDKAppID, as digits. */
	sdkAppId: string;
	/** The credential's Callback Token; empty when callback authentication is off. */
	callbackToken: string;
	/** 0 turns the RequestTime check off. */
	replayWindowSeconds: number;
	maxBodyBytes: number;
}

/** The parts of the HTTP request the checks need. The body is the exact bytes sent. */
export interface TencentCallbackRequest {
	query: Record<string, unknown>;
	contentType?: string;
	rawBody?: Uint8Array;
}

/** What Tencent expects back from every callback: OK, and for "Before" callbacks, allow. */
export const TENCENT_CALLBACK_OK = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}';
