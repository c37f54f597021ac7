import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as getVideo from './getVideo.operation';
import * as importGoods from './importGoods.operation';
import * as push from './push.operation';
import * as remove from './remove.operation';
import * as setOnSale from './setOnSale.operation';
import * as sort from './sort.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['liveRoomGoods'] } },
	options: [
		{
			name: 'Get Explanation Video',
			value: 'getVideo',
			description: "Get the goods' explanation video from the broadcast",
			action: 'Get live room goods explanation video',
		},
		{
			name: 'Import Into Room',
			value: 'importGoods',
			description: 'Put approved library goods into a room',
			action: 'Import goods into live room',
		},
		{
			name: 'Push to Viewers',
			value: 'push',
			description: "Pop the goods' card up for every viewer",
			action: 'Push live room goods to viewers',
		},
		{
			name: 'Remove From Room',
			value: 'remove',
			description: 'Take goods out of a room',
			action: 'Remove goods from live room',
		},
		{
			name: 'Set On Sale',
			value: 'setOnSale',
			description: 'Put goods on or off the shelf',
			action: 'Set live room goods on sale',
		},
		{
			name: 'Sort',
			value: 'sort',
			description: "Set the order of a room's goods",
			action: 'Sort live room goods',
		},
	],
	default: 'importGoods',
};

const modules = { getVideo, importGoods, push, remove, setOnSale, sort };

export const liveRoomGoods = resourceModule(operationSelector, modules);
