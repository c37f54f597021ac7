export interface TencentCallbackConfig {
	/** The credential's SDKAppID, as digits. */
	sdkAppId: string;
	/** The credential's Callback Token; empty when callback authentication is off. */
	callbackToken: string;
	/** 0 turns the RequestTime check off. */
	replayWindowSeconds: number;
	maxBodyBytes: number;
}

/** What Tencent expects back from every callback: OK, and for "Before" callbacks, allow. */
export const TENCENT_CALLBACK_OK = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}';
