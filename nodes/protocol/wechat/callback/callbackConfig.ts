import type { BodyFormatSetting } from './callbackBody';

export type EncryptionMode = 'plaintext' | 'compatible' | 'safe';

export interface CallbackConfig {
	token: string;
	encodingAESKey: string;
	/** App IDs accepted inside encrypted messages. */
	appIds: readonly string[];
	mode: EncryptionMode;
	bodyFormat: BodyFormatSetting;
	/** 0 turns the timestamp check off. */
	replayWindowSeconds: number;
	maxBodyBytes: number;
	/**
	 * The Mini Program's original id (gh_…): a message addressed (ToUserName) to anyone else is
	 * refused. Empty: no check. For a trigger that receives with a platform's component credential,
	 * whose key decrypts every merchant's messages.
	 */
	expectedOriginalId?: string;
}

export const DEFAULT_REPLAY_WINDOW_SECONDS = 300;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
