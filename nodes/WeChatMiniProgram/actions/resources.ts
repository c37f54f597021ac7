import type { INodePropertyOptions } from 'n8n-workflow';

import { analytics } from './analytics';
import { chatAccount } from './chatAccount';
import { chatCallback } from './chatCallback';
import { chatGroup } from './chatGroup';
import { chatMessage } from './chatMessage';
import { chatOfficialAccount } from './chatOfficialAccount';
import { chatPush } from './chatPush';
import { contentSecurity } from './contentSecurity';
import { customerService } from './customerService';
import { live } from './live';
import { liveFollower } from './liveFollower';
import { liveGoods } from './liveGoods';
import { liveMessage } from './liveMessage';
import { liveRole } from './liveRole';
import { liveRoom } from './liveRoom';
import { link } from './link';
import { liveRoomGoods } from './liveRoomGoods';
import { miniProgramCode } from './miniProgramCode';
import type { ResourceModule } from './operation';
import { shipping } from './shipping';
import { subscribeMessage } from './subscribeMessage';
import { subscribeTemplate } from './subscribeTemplate';
import { thirdPartyPlatform } from './thirdPartyPlatform';

/** Every resource of the node (the resource dropdown lists them alphabetically). */
export const resources: Record<string, { option: INodePropertyOptions; module: ResourceModule }> = {
	liveFollower: { option: { name: 'Live Follower', value: 'liveFollower' }, module: liveFollower },
	liveMessage: { option: { name: 'Live Message', value: 'liveMessage' }, module: liveMessage },
	liveRoom: { option: { name: 'Live Room', value: 'liveRoom' }, module: liveRoom },
	liveRoomGoods: {
		option: { name: 'Live Room Goods', value: 'liveRoomGoods' },
		module: liveRoomGoods,
	},
	liveGoods: { option: { name: 'Live Goods', value: 'liveGoods' }, module: liveGoods },
	liveRole: { option: { name: 'Live Role', value: 'liveRole' }, module: liveRole },
	live: { option: { name: 'Live', value: 'live' }, module: live },
	subscribeMessage: {
		option: { name: 'Subscribe Message', value: 'subscribeMessage' },
		module: subscribeMessage,
	},
	subscribeTemplate: {
		option: { name: 'Subscribe Template', value: 'subscribeTemplate' },
		module: subscribeTemplate,
	},
	shipping: { option: { name: 'Shipping', value: 'shipping' }, module: shipping },
	customerService: {
		option: { name: 'Customer Service', value: 'customerService' },
		module: customerService,
	},
	contentSecurity: {
		option: { name: 'Content Security', value: 'contentSecurity' },
		module: contentSecurity,
	},
	chatAccount: {
		option: { name: 'Chat Account', value: 'chatAccount' },
		module: chatAccount,
	},
	chatGroup: { option: { name: 'Chat Group', value: 'chatGroup' }, module: chatGroup },
	chatOfficialAccount: {
		option: { name: 'Chat Official Account', value: 'chatOfficialAccount' },
		module: chatOfficialAccount,
	},
	chatMessage: {
		option: { name: 'Chat Message', value: 'chatMessage' },
		module: chatMessage,
	},
	chatPush: { option: { name: 'Chat Push', value: 'chatPush' }, module: chatPush },
	thirdPartyPlatform: {
		option: { name: 'Third-Party Platform', value: 'thirdPartyPlatform' },
		module: thirdPartyPlatform,
	},
	chatCallback: {
		option: { name: 'Chat Callback', value: 'chatCallback' },
		module: chatCallback,
	},
	miniProgramCode: {
		option: { name: 'Mini Program Code', value: 'miniProgramCode' },
		module: miniProgramCode,
	},
	link: { option: { name: 'Link', value: 'link' }, module: link },
	analytics: { option: { name: 'Analytics', value: 'analytics' }, module: analytics },
};
