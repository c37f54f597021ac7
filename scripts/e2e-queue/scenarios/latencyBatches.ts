/**
 * (c) Latency-bound batches: Add Subscribers (10000 UserIDs, 100 a call) and Subscribe Message
 * Send (200 messages, one a call) while every API answer takes the servers' latency. Counts must be
 * exact; the calls per second are the figure the concurrency work improves.
 */
import { durationMs } from '../executions';
import type { Execution } from '../executions';
import { addSubscribersWorkflow, subscribeSendWorkflow } from '../workflows';
import { countBy, exactlyOnce, perSecond } from './scenario';
import type { Scenario, ScenarioContext, ScenarioResult } from './scenario';

const SUBSCRIBERS = Number(process.env.E2E_SUBSCRIBERS ?? 10_000);
const MESSAGES = Number(process.env.E2E_MESSAGES ?? 200);

async function runOne(
	context: ScenarioContext,
	workflowId: string,
	webhookPath: string,
	body: unknown,
	problems: string[],
) {
	const answer = await context.postJson(webhookPath, body);
	if (answer.status !== 200) problems.push(`the webhook answered ${answer.status} ${answer.text}`);
	const runs = await context.executions.waitForFinished(workflowId, 1, 600_000);
	if (runs.length !== 1) problems.push(`${runs.length} executions instead of 1`);
	const run: Execution | undefined = runs[0];
	const runData = run ? context.executions.runData([run.id]).get(run.id) : undefined;
	if (run && run.status !== 'success')
		problems.push(`execution ${run.id} ${run.status}: ${runData?.error?.message ?? ''}`);
	const worker = run ? (context.executions.workerOfExecutions().get(run.id) ?? 'unknown') : '-';
	return { run, runData, worker, ms: run ? durationMs(run) : NaN };
}

export const latencyBatches: Scenario = async (context) => {
	const { endpoints, stats, resetStats } = context;
	const problems: string[] = [];
	const latency = `${endpoints.latency.ms} ms${endpoints.latency.jitterMs ? ` + up to ${endpoints.latency.jitterMs} ms` : ''}`;

	await resetStats();
	const userIds = Array.from(
		{ length: SUBSCRIBERS },
		(_, i) => `e2eUser${String(i).padStart(6, '0')}`,
	);
	const add = addSubscribersWorkflow(endpoints.tencent.officialAccount);
	const added = await runOne(context, add.id, add.webhookPath, { userIds }, problems);
	const addOutput = added.runData?.output('Add Subscribers') ?? [];
	const statuses = countBy(addOutput.map((item) => String(item.status)));
	if (statuses.get('added') !== SUBSCRIBERS)
		problems.push(
			`Add Subscribers: ${JSON.stringify(Object.fromEntries(statuses))} of ${SUBSCRIBERS}`,
		);
	problems.push(
		...exactlyOnce(
			'Add Subscribers output',
			userIds,
			addOutput.map((item) => String(item.subscriber)),
		),
	);
	const tencentStats = (await stats()).tencent;
	const held = tencentStats.subscribers[endpoints.tencent.officialAccount];
	if (held !== SUBSCRIBERS)
		problems.push(`the official account holds ${held} subscribers, not ${SUBSCRIBERS}`);

	await resetStats();
	const reminders = endpoints.subscribedUsers
		.slice(0, MESSAGES)
		.map((openid, i) => ({ openid, room: `Live room ${i % 7}`, starts: '2026-11-24 20:00' }));
	if (reminders.length < MESSAGES)
		problems.push(`only ${reminders.length} subscribed users to send ${MESSAGES} messages to`);
	const send = subscribeSendWorkflow(endpoints.weChat.templateId);
	const sentRun = await runOne(context, send.id, send.webhookPath, { reminders }, problems);
	const sendOutput = sentRun.runData?.output('Send') ?? [];
	const withMsgid = sendOutput.filter(
		(item) => typeof item.msgid === 'string' && item.msgid !== '',
	).length;
	if (withMsgid !== reminders.length)
		problems.push(`Send: ${withMsgid} of ${reminders.length} items carry a msgid`);
	const weChatStats = (await stats()).weChat;
	problems.push(
		...exactlyOnce(
			'subscription messages',
			reminders.map((r) => r.openid),
			weChatStats.subscribeSend.sent,
		),
	);

	const addCalls = tencentStats.addSubscriber.calls;
	const sendCalls = weChatStats.subscribeSend.calls;
	const result: ScenarioResult = {
		name: `Add Subscribers and Subscribe Message Send, every answer after ${latency}`,
		problems,
		workers: Object.fromEntries(countBy([added.worker, sentRun.worker])),
		figures: [
			[
				'Add Subscribers',
				`${statuses.get('added') ?? 0} of ${SUBSCRIBERS} added on ${added.worker} in ${(added.ms / 1000).toFixed(1)} s`,
			],
			[
				'  add_subscriber calls (60019 answers)',
				`${addCalls} (${tencentStats.addSubscriber.frequencyLimited60019})`,
			],
			[
				'  calls/s, subscribers/s',
				`${perSecond(addCalls, added.ms)}, ${perSecond(SUBSCRIBERS, added.ms)}`,
			],
			[
				'Subscribe Message Send',
				`${weChatStats.subscribeSend.sent.length} of ${reminders.length} sent on ${sentRun.worker} in ${(sentRun.ms / 1000).toFixed(1)} s`,
			],
			['  subscribe/send calls', sendCalls],
			['  messages/s', perSecond(weChatStats.subscribeSend.sent.length, sentRun.ms)],
			[
				'token requests (force refreshes)',
				`${weChatStats.tokenRequests} (${weChatStats.forceRefreshes})`,
			],
		],
	};
	return result;
};
