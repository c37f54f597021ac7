/** The parts of a callback's HTTP request the checks need, for WeChat and Tencent alike. */
export interface CallbackRequest {
	query: Record<string, unknown>;
	contentType?: string;
	/** The exact bytes sent: signatures cover them, and n8n's pre-parsed body changes them. */
	rawBody?: Uint8Array;
}
