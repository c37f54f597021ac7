/**
 * What the trigger answers a customer service message: "success" (the workflow answers later with
 * the customer service API), or the passive reply transfer_customer_service, which hands the
 * conversation to the Mini Program's customer service staff.
 */
export type CustomerServiceAnswer = 'success' | 'transfer';

/** The messages a user writes to customer service (events such as user_enter_tempsession are not). */
export const CUSTOMER_SERVICE_MESSAGE_TYPES: readonly string[] = [
	'image',
	'miniprogrampage',
	'text',
];

export const TRANSFER_MSG_TYPE = 'transfer_customer_service';

export function isCustomerServiceMessage(item: Record<string, unknown>): boolean {
	return (
		item.Event === undefined &&
		typeof item.MsgType === 'string' &&
		CUSTOMER_SERVICE_MESSAGE_TYPES.includes(item.MsgType)
	);
}

export type CheckedCustomerServiceAnswer =
	| { ok: true; answer: CustomerServiceAnswer }
	| { ok: false; problem: string };

const MAX_ANSWER_BYTES = 4096;

/**
 * Reads what the workflow answered through Respond to Webhook: the text "success" (or nothing
 * but whitespace) or "transfer_customer_service", or JSON whose MsgType is one of them. The
 * trigger writes the reply itself, in the push's format and encryption: the workflow cannot
 * choose a recipient or send anything else in WeChat's name.
 */
export function readWorkflowAnswer(body: Buffer): CheckedCustomerServiceAnswer {
	if (body.length > MAX_ANSWER_BYTES)
		return { ok: false, problem: `the answer is longer than ${MAX_ANSWER_BYTES} bytes` };
	const text = body.toString('utf8').trim();
	let word = text;
	if (text.startsWith('{')) {
		try {
			const parsed = JSON.parse(text) as Record<string, unknown>;
			word = typeof parsed.MsgType === 'string' ? parsed.MsgType : '';
		} catch {
			return { ok: false, problem: 'the answer is neither a word nor a JSON object' };
		}
	}
	if (word === 'success' || word === '') return { ok: true, answer: 'success' };
	if (word === TRANSFER_MSG_TYPE) return { ok: true, answer: 'transfer' };
	return {
		ok: false,
		problem: `the answer must be "success" or "${TRANSFER_MSG_TYPE}", got ${JSON.stringify(text.slice(0, 80))}`,
	};
}
