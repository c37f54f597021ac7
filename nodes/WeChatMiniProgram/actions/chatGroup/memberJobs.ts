import type { AccountJobTarget } from '../chatAccount/accountJobs';
import { groupIdField, readGroupId } from './fields';

/** Add and Remove Members: one job per group over the input items (see runAccountOperation). */
export const groupTarget: AccountJobTarget = {
	parameter: 'groupId',
	outputField: 'groupId',
	fields: [groupIdField],
	read: readGroupId,
};
