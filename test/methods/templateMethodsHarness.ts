import { WeChatMiniProgram } from '../../nodes/WeChatMiniProgram/WeChatMiniProgram.node';
import { testTransport } from '../../testkit/engine/nodeTransport';
import { loadOptionsContext } from '../helpers/loadOptionsContext';
import { weChatCredentials } from '../../testkit/servers/fakeWeChat/credentials';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';
import {
	addPrivateTemplate,
	addSubscribeRoutes,
} from '../../testkit/servers/fakeWeChat/subscribeRoutes';
import type { FakeSubscribeState } from '../../testkit/servers/fakeWeChat/subscribeRoutes';
import { startFakeWeChat } from '../helpers/startFakeWeChat';

export const GET_TEMPLATES = '/wxaapi/newtmpl/gettemplate';
export const { methods } = new WeChatMiniProgram(testTransport());

/** The setup of "template dropdown and keyword mapping (n8n-core LoadOptionsContext, local WeChat)": each test file of it calls this in its describe. */
export function templateMethodsSuite() {
	let server: FakeWeChatServer;
	let subscribe: FakeSubscribeState;
	let orderTemplate: string;

	beforeEach(async () => {
		server = await startFakeWeChat();
		subscribe = addSubscribeRoutes(server);
		orderTemplate = addPrivateTemplate(subscribe, {
			title: '下单成功通知',
			content: '物品名称:{{thing1.DATA}}\n数量:{{number2.DATA}}\n订单状态:{{enum3.DATA}}\n',
			example: '物品名称:拿铁\n数量:2\n订单状态:Paid\n',
			type: 2,
			keywordEnumValueList: [{ keywordCode: 'enum3.DATA', enumValueList: ['Paid', 'Shipped'] }],
		});
		addPrivateTemplate(subscribe, {
			title: '航班延误提醒',
			content: '航班:{{character_string1.DATA}}',
			example: '航班:CA1234',
			type: 3,
		});
	});
	afterEach(async () => await server.stop());

	const context = (parameters: Record<string, unknown> = {}) =>
		loadOptionsContext(
			{ resource: 'subscribeMessage', operation: 'send', ...parameters } as never,
			weChatCredentials(server),
		);
	return {
		get server() {
			return server;
		},
		get subscribe() {
			return subscribe;
		},
		get orderTemplate() {
			return orderTemplate;
		},
		context,
	};
}
