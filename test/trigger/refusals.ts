import type { HttpAnswer, TriggerServer } from './triggerServer';

/**
 * A refused request: the status and reason, as plain text, no workflow started, and none of
 * `secrets` in the answer or in anything the trigger logged.
 */
export function expectRefusedWithoutSecrets(
	secrets: string[],
	server: TriggerServer,
	answer: HttpAnswer,
	status: number,
	reason: RegExp,
) {
	expect(answer.status).toBe(status);
	expect(answer.body).toMatch(reason);
	expect(answer.contentType).toBe('text/plain; charset=utf-8');
	expect(server.started).toHaveLength(0);
	for (const secret of secrets) {
		expect(answer.body).not.toContain(secret);
		for (const line of server.logs) expect(line).not.toContain(secret);
	}
}
