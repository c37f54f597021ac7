import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as applyForBrand from './applyForBrand.operation';
import * as changeTradeType from './changeTradeType.operation';
import * as getBrandStatus from './getBrandStatus.operation';
import * as getManyOrders from './getManyOrders.operation';
import * as getOrder from './getOrder.operation';
import * as isSettlementConfirmed from './isSettlementConfirmed.operation';
import * as isTradeManaged from './isTradeManaged.operation';
import * as remindConfirmReceipt from './remindConfirmReceipt.operation';
import * as reportSpecialOrder from './reportSpecialOrder.operation';
import * as setMessageJumpPath from './setMessageJumpPath.operation';
import * as upload from './upload.operation';
import * as uploadCombined from './uploadCombined.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['shipping'] } },
	options: [
		{
			name: 'Apply for Brand',
			value: 'applyForBrand',
			description: 'Apply for the famous-brand status',
			action: 'Apply for brand status',
		},
		{
			name: 'Change Trade Type',
			value: 'changeTradeType',
			description: "Apply to change the Mini Program's trade type",
			action: 'Change trade type',
		},
		{
			name: 'Get Brand Status',
			value: 'getBrandStatus',
			description: 'Where the brand application stands',
			action: 'Get brand application status',
		},
		{
			name: 'Get Many Orders',
			value: 'getManyOrders',
			description: 'Paid orders with their shipping state, by state, payer and pay time',
			action: 'Get many orders',
		},
		{
			name: 'Get Order',
			value: 'getOrder',
			description: 'One paid order with its shipping state',
			action: 'Get order',
		},
		{
			name: 'Is Settlement Confirmed',
			value: 'isSettlementConfirmed',
			description: 'Whether trade settlement management is confirmed for every linked merchant ID',
			action: 'Check whether settlement is confirmed',
		},
		{
			name: 'Is Trade Managed',
			value: 'isTradeManaged',
			description: 'Whether the Mini Program uses order shipping management',
			action: 'Check whether trade is managed',
		},
		{
			name: 'Remind to Confirm Receipt',
			value: 'remindConfirmReceipt',
			description: 'Remind the buyer to confirm receipt, once per order',
			action: 'Remind to confirm receipt',
		},
		{
			name: 'Report Special Order',
			value: 'reportSpecialOrder',
			description: 'Report a pre-sale or test order (opspecialorder)',
			action: 'Report special order',
		},
		{
			name: 'Set Message Jump Path',
			value: 'setMessageJumpPath',
			description: 'The page shipping and receipt messages open',
			action: 'Set message jump path',
		},
		{
			name: 'Upload',
			value: 'upload',
			description: "Record an order's shipment in WeChat",
			action: 'Upload shipping info',
		},
		{
			name: 'Upload Combined',
			value: 'uploadCombined',
			description: "Record the shipments of a combined payment's sub-orders",
			action: 'Upload combined shipping info',
		},
	],
	default: 'upload',
};

export const shipping = resourceModule(operationSelector, {
	applyForBrand,
	changeTradeType,
	getBrandStatus,
	getManyOrders,
	getOrder,
	isSettlementConfirmed,
	isTradeManaged,
	remindConfirmReceipt,
	reportSpecialOrder,
	setMessageJumpPath,
	upload,
	uploadCombined,
});
