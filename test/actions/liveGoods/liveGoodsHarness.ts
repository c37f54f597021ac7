import { WeChatMiniProgram } from '../../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../../testkit/engine/nodeTransport';
import { startBroadcastWeChat } from '../broadcastHarness';
import type { BroadcastWeChat } from '../broadcastHarness';

export const { methods } = new WeChatMiniProgram(testTransport());
export const ADD = '/wxaapi/broadcast/goods/add';

/** The setup of "Live Goods (library) and Live Room Goods (against a local WeChat)": each test file of it calls this in its describe. */
export function liveGoodsSuite() {
	let weChat: BroadcastWeChat;
	beforeEach(async () => (weChat = await startBroadcastWeChat()));
	afterEach(async () => await weChat.server.stop());

	const addParameters = (overrides: Record<string, unknown> = {}) => ({
		resource: 'liveGoods',
		operation: 'add',
		name: 'TIT茶杯礼盒',
		priceType: 3,
		price: 99.5,
		price2: 59.9,
		url: 'pages/goods/detail?sku=1',
		...overrides,
	});
	return {
		get weChat() {
			return weChat;
		},
		addParameters,
	};
}
