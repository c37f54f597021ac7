import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { roomIdFromParameter } from '../../../protocol/wechat/liveRooms';

/** A live room picker: search the room list by name, or type the room id. */
export function roomLocator(
	overrides: Partial<INodeProperties> & Pick<INodeProperties, 'description'>,
): INodeProperties {
	return {
		displayName: 'Room',
		name: 'roomId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a live room...',
				typeOptions: { searchListMethod: 'searchLiveRooms', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 26',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[1-9][0-9]*$',
							errorMessage: 'A room ID is a positive whole number',
						},
					},
				],
			},
		],
		...overrides,
	};
}

/** The room id of a room parameter (resource locator, or a plain number from older workflows). */
export function readRoomId(
	ctx: IExecuteFunctions,
	parameterName: string,
	itemIndex: number,
): number {
	const roomId = roomIdFromParameter(ctx.getNodeParameter(parameterName, itemIndex));
	if (roomId === undefined || !Number.isInteger(roomId) || roomId <= 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${itemIndex}: Room ID must be a positive whole number`,
			{ itemIndex },
		);
	}
	return roomId;
}

/** Like readRoomId for an optional room filter: undefined when none is set. */
export function readOptionalRoomId(
	ctx: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
): number | undefined {
	const roomId = roomIdFromParameter(value);
	if (roomId === undefined) return undefined;
	if (!Number.isInteger(roomId) || roomId <= 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${itemIndex}: Room ID must be a positive whole number`,
			{ itemIndex },
		);
	}
	return roomId;
}
