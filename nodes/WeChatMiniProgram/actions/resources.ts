import type { INodePropertyOptions } from 'n8n-workflow';

import { chatOfficialAccount } from './chatOfficialAccount';
import { live } from './live';
import { liveFollower } from './liveFollower';
import { liveMessage } from './liveMessage';
import type { ResourceModule } from './operation';

/** Every resource of the node, in the order the resource dropdown shows them. */
export const resources: Record<string, { option: INodePropertyOptions; module: ResourceModule }> = {
	liveFollower: { option: { name: 'Live Follower', value: 'liveFollower' }, module: liveFollower },
	liveMessage: { option: { name: 'Live Message', value: 'liveMessage' }, module: liveMessage },
	live: { option: { name: 'Live', value: 'live' }, module: live },
	chatOfficialAccount: { option: { name: 'Chat Official Account', value: 'chatOfficialAccount' }, module: chatOfficialAccount },
};
