import { addLiveRoutes } from '../../testkit/servers/fakeWeChat/liveRoutes';
import { useWeChatWith } from './operationHarness';

/** A fresh local WeChat with live streaming for each test, its live rooms `roomIds` open. */
export const useLiveWeChat = (roomIds: number[] = []) =>
	useWeChatWith((server) => {
		const live = addLiveRoutes(server);
		for (const roomId of roomIds) live.rooms.add(roomId);
		return { live };
	});
