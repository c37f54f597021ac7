import type { SecretSealer } from './sealedSecrets';

const LABEL = 'pushedVerifyTicket';

export interface PushedTicket {
	ticket: string;
	/** When WeChat pushed it (the message's CreateTime), epoch seconds. */
	createTime: number;
}

/**
 * The trigger cannot write shared state, so it hands the ticket to the Store Verify Ticket step
 * inside its output item: sealed, because execution data is visible in n8n's UI.
 */
export function sealPushedTicket(sealer: SecretSealer, pushed: PushedTicket): string {
	return sealer.seal(JSON.stringify(pushed), LABEL);
}

export function openPushedTicket(sealer: SecretSealer, sealed: string): PushedTicket | undefined {
	const plain = sealer.open(sealed, LABEL);
	if (plain === undefined) return undefined;
	try {
		const parsed = JSON.parse(plain) as Partial<PushedTicket>;
		if (typeof parsed.ticket !== 'string' || !parsed.ticket) return undefined;
		return { ticket: parsed.ticket, createTime: Number(parsed.createTime) || 0 };
	} catch {
		return undefined;
	}
}
