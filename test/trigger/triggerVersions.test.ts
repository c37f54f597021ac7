import { WeChatMiniProgramTrigger } from '../../nodes/WeChatMiniProgramTrigger/WeChatMiniProgramTrigger.node';
import { WeChatPlatformTrigger } from '../../nodes/WeChatPlatformTrigger/WeChatPlatformTrigger.node';

// n8n answers a webhook of a version-1 node as its old Webhook node did: it evaluates an
// expression for every request, and with it starts a V8 isolate (README, Benchmarks). New triggers
// must be created at a later version, and workflows saved at version 1 must still load.
describe.each([
	['WeChat Mini Program Trigger', new WeChatMiniProgramTrigger()],
	['WeChat Third-Party Platform Trigger', new WeChatPlatformTrigger()],
])('%s versions', (_name, trigger) => {
	test('new nodes are created at version 2, and version 1 still loads', () => {
		expect(trigger.description.version).toEqual([1, 2]);
		expect(trigger.description.defaultVersion).toBe(2);
	});
});
