import type { INodeProperties } from 'n8n-workflow';

import { resourceModule } from '../operation';
import * as generateNfcScheme from './generateNfcScheme.operation';
import * as generateShortLink from './generateShortLink.operation';
import * as generateUrlLink from './generateUrlLink.operation';
import * as generateUrlScheme from './generateUrlScheme.operation';
import * as getSchemeInfo from './getSchemeInfo.operation';
import * as getUrlLinkInfo from './getUrlLinkInfo.operation';

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['link'] } },
	options: [
		{
			name: 'Generate NFC Scheme',
			value: 'generateNfcScheme',
			description: 'Generate a scheme an NFC tag opens the Mini Program with',
			action: 'Generate NFC scheme',
		},
		{
			name: 'Generate Short Link',
			value: 'generateShortLink',
			description: 'Generate a short link that opens the Mini Program from a WeChat chat',
			action: 'Generate short link',
		},
		{
			name: 'Generate URL Link',
			value: 'generateUrlLink',
			description: 'Generate a web link that opens the Mini Program from SMS, e-mail or a web page',
			action: 'Generate URL link',
		},
		{
			name: 'Generate URL Scheme',
			value: 'generateUrlScheme',
			description: 'Generate a weixin:// scheme that opens the Mini Program from outside WeChat',
			action: 'Generate URL scheme',
		},
		{
			name: 'Get Scheme Info',
			value: 'getSchemeInfo',
			description: "Get a URL Scheme's page, query, expiry and today's remaining opens",
			action: 'Get scheme info',
		},
		{
			name: 'Get URL Link Info',
			value: 'getUrlLinkInfo',
			description: "Get a URL Link's page, query, expiry and today's remaining opens",
			action: 'Get URL link info',
		},
	],
	default: 'generateUrlLink',
};

export const link = resourceModule(operationSelector, {
	generateNfcScheme,
	generateShortLink,
	generateUrlLink,
	generateUrlScheme,
	getSchemeInfo,
	getUrlLinkInfo,
});
