import type { TransportOptions } from '../transport/transportOptions';
import { searchLiveRooms } from './listSearch';
import { getSubscribeTemplates, getTemplateCategories } from './loadOptions';
import { getTemplateDataFields } from './resourceMapping';

/** The node's editor methods (dropdowns, room picker, keyword mapper), built over its transport. */
export function editorMethods(transport: TransportOptions) {
	return {
		listSearch: { searchLiveRooms: searchLiveRooms(transport) },
		loadOptions: {
			getSubscribeTemplates: getSubscribeTemplates(transport),
			getTemplateCategories: getTemplateCategories(transport),
		},
		resourceMapping: { getTemplateDataFields: getTemplateDataFields(transport) },
	};
}
