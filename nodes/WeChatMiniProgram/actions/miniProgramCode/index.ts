import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as createCode from './createCode.operation';
import * as createQrCode from './createQrCode.operation';
import * as createUnlimitedCode from './createUnlimitedCode.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['miniProgramCode'] } },
	options: [
		{
			name: 'Create Code',
			value: 'createCode',
			description: 'Create a round Mini Program code for a page and its query (100000 in all)',
			action: 'Create mini program code',
		},
		{
			name: 'Create QR Code',
			value: 'createQrCode',
			description: 'Create a square QR code for a page and its query (shares the 100000)',
			action: 'Create QR code',
		},
		{
			name: 'Create Unlimited Code',
			value: 'createUnlimitedCode',
			description: 'Create a round Mini Program code for a page and a scene, as many as needed',
			action: 'Create unlimited mini program code',
		},
	],
	default: 'createUnlimitedCode',
};

export const miniProgramCode = resourceModule(operationSelector, {
	createCode,
	createQrCode,
	createUnlimitedCode,
});
