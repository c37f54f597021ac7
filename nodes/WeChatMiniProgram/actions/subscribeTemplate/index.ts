import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as add from './add.operation';
import * as deleteTemplate from './delete.operation';
import * as getCategories from './getCategories.operation';
import * as getMany from './getMany.operation';
import * as getPublicKeywords from './getPublicKeywords.operation';
import * as getPublicTitles from './getPublicTitles.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['subscribeTemplate'] } },
	options: [
		{
			name: 'Add',
			value: 'add',
			description: 'Add a template from the public library to the account',
			action: 'Add subscribe template',
		},
		{
			name: 'Delete',
			value: 'delete',
			description: "Delete one of the account's templates",
			action: 'Delete subscribe template',
		},
		{
			name: 'Get Categories',
			value: 'getCategories',
			description: "Get the account's categories, which select public templates",
			action: 'Get template categories',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			description: "Get the account's private templates",
			action: 'Get many subscribe templates',
		},
		{
			name: 'Get Public Keywords',
			value: 'getPublicKeywords',
			description: 'Get the keywords of a public template title',
			action: 'Get public template keywords',
		},
		{
			name: 'Get Public Titles',
			value: 'getPublicTitles',
			description: "Get the public template titles of the account's categories",
			action: 'Get public template titles',
		},
	],
	default: 'getMany',
};

export const subscribeTemplate = resourceModule(operationSelector, {
	add,
	delete: deleteTemplate,
	getCategories,
	getMany,
	getPublicKeywords,
	getPublicTitles,
});
