import type { TransportOptions } from '../transport/transportOptions';
import { searchApprovedLiveGoods, searchLiveGoods, searchLiveRooms } from './listSearch';
import { getSubscribeTemplates, getTemplateCategories } from './loadOptions';
import { getTemplateDataFields } from './resourceMapping';
import { getDeliveryCompaniesOptions } from './shippingOptions';

/** The node's editor methods (dropdowns, room picker, keyword mapper), built over its transport. */
export function editorMethods(transport: TransportOptions) {
	return {
		listSearch: {
			searchApprovedLiveGoods: searchApprovedLiveGoods(transport),
			searchLiveGoods: searchLiveGoods(transport),
			searchLiveRooms: searchLiveRooms(transport),
		},
		loadOptions: {
			getDeliveryCompanies: getDeliveryCompaniesOptions(transport),
			getSubscribeTemplates: getSubscribeTemplates(transport),
			getTemplateCategories: getTemplateCategories(transport),
		},
		resourceMapping: { getTemplateDataFields: getTemplateDataFields(transport) },
	};
}
