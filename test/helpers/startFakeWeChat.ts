import { retryPolicy } from '../../nodes/WeChatMiniProgram/transport/retryPolicy';
import { clearWeChatTokenCache } from '../../nodes/WeChatMiniProgram/transport/weChatClient';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

/** A fresh local WeChat for one test, with the node's retry waits shortened and no cached token left over. */
export async function startFakeWeChat(): Promise<FakeWeChatServer> {
	retryPolicy.baseDelayMs = 5;
	clearWeChatTokenCache();
	return await new FakeWeChatServer().start();
}
