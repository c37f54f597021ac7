import { nextPushDay } from '../../../nodes/protocol/tencent/pushRation';
import { virtualClock } from '../../../testkit/clock/defaultClock';
import { chatRunner } from '../chatOfficialAccount/chatOfficialAccountHarness';

export { startChatServer } from '../chatOfficialAccount/chatOfficialAccountHarness';

/** Runs Emit Items -> the node with resource Chat Push through n8n's engine. */
export const runChatPush = chatRunner('chatPush');

/** Moves the virtual clock to 01:00 of a fresh ration day (China Standard Time); resolves that time. */
export function startOfFreshPushDay(): number {
	const clock = virtualClock();
	clock.advanceTo(nextPushDay(clock.now()) + 3_600_000);
	return clock.now();
}
