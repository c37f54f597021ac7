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

/**
 * Every resource of the node: its name in the Resource dropdown (which lists them alphabetically),
 * its value and its module. Their fields follow one another in this order.
 */
const RESOURCES: Array<[name: string, value: string, module: ResourceModule]> = [
	['Live Follower', 'liveFollower', liveFollower],
	['Live Message', 'liveMessage', liveMessage],
	['Live Room', 'liveRoom', liveRoom],
	['Live Room Goods', 'liveRoomGoods', liveRoomGoods],
	['Live Goods', 'liveGoods', liveGoods],
	['Live Role', 'liveRole', liveRole],
	['Live', 'live', live],
	['Subscribe Message', 'subscribeMessage', subscribeMessage],
	['Subscribe Template', 'subscribeTemplate', subscribeTemplate],
	['Shipping', 'shipping', shipping],
	['Customer Service', 'customerService', customerService],
	['Content Security', 'contentSecurity', contentSecurity],
	['Chat Account', 'chatAccount', chatAccount],
	['Chat Group', 'chatGroup', chatGroup],
	['Chat Official Account', 'chatOfficialAccount', chatOfficialAccount],
	['Chat Message', 'chatMessage', chatMessage],
	['Chat Push', 'chatPush', chatPush],
	['Third-Party Platform', 'thirdPartyPlatform', thirdPartyPlatform],
	['Chat Callback', 'chatCallback', chatCallback],
	['Mini Program Code', 'miniProgramCode', miniProgramCode],
	['Link', 'link', link],
	['Analytics', 'analytics', analytics],
];

/** Every resource by its value: its Resource option and its module. */
export const resources: Record<string, { option: INodePropertyOptions; module: ResourceModule }> =
	Object.fromEntries(
		RESOURCES.map(([name, value, module]) => [value, { option: { name, value }, module }]),
	);
