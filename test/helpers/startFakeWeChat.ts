import { resetTransport } from '../../testkit/engine/nodeTransport';
import { FakeWeChatServer } from '../../testkit/servers/fakeWeChat/server';

/** A fresh local WeChat for one test, with the node's retry waits shortened and no cached token left over. */
export async function startFakeWeChat(): Promise<FakeWeChatServer> {
	resetTransport();
	return await new FakeWeChatServer().start();
}
