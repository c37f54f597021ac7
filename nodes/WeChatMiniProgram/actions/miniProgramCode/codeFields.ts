import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { AnsweredFile } from '../../../protocol/common/fileAnswer';
import {
	ENV_VERSIONS,
	lineColorProblem,
	parseHexColor,
	widthProblem,
} from '../../../protocol/wechat/growth/codeRules';
import type { EnvVersion } from '../../../protocol/wechat/growth/codeRules';
import { readRequestsInFlight } from '../callOptions';
import {
	binaryOutputField,
	DEFAULT_WECHAT_REQUESTS_IN_FLIGHT,
	optionsCollection,
	rateLimitWaitOption,
	requestsInFlightOption,
} from '../common.descriptions';
import { OutputWithBinary } from '../forEachItem';
import { miniProgramVersionField } from '../miniProgramVersion';
import { refuseIf } from '../refuseItem';
import type { CodeLook } from '../../transport/weChatApi/miniProgramCode';

const IN_FLIGHT_NOTE = 'Each code is its own call.';

export const binaryPropertyField = binaryOutputField(
	'The name of the output binary field to put the code image in',
);

export const fileNameField: INodeProperties = {
	displayName: 'File Name',
	name: 'fileName',
	type: 'string',
	default: '',
	placeholder: 'e.g. store-{{ $json.storeId }}.png',
	description: 'The image file name; without one, a name is made from what the code opens',
};

const widthOption: INodeProperties = {
	displayName: 'Width (Pixels)',
	name: 'width',
	type: 'number',
	typeOptions: { minValue: 280, maxValue: 1280 },
	default: 430,
	description: 'The width of the code, from 280 to 1280 pixels',
};

const envVersionOption = miniProgramVersionField(
	'Which version of the Mini Program the code opens',
);

/** Options of the round codes (unlimited and limited): their look, version and pace. */
export function roundCodeOptions(extra: INodeProperties[] = []): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Automatic Line Color',
			name: 'autoColor',
			type: 'boolean',
			default: false,
			description: "Whether WeChat picks the lines' color from the Mini Program's main color",
		},
		...extra,
		{
			displayName: 'Line Color',
			name: 'lineColor',
			type: 'color',
			default: '#000000',
			description: "The lines' color when Automatic Line Color is off",
		},
		envVersionOption,
		rateLimitWaitOption,
		requestsInFlightOption(DEFAULT_WECHAT_REQUESTS_IN_FLIGHT, IN_FLIGHT_NOTE),
		{
			displayName: 'Transparent Background',
			name: 'transparent',
			type: 'boolean',
			default: false,
			description: 'Whether the code has a transparent background instead of white',
		},
		widthOption,
	];
	return optionsCollection(options.sort((a, b) => a.displayName.localeCompare(b.displayName)));
}

export const qrCodeOptions = optionsCollection([
	rateLimitWaitOption,
	requestsInFlightOption(DEFAULT_WECHAT_REQUESTS_IN_FLIGHT, IN_FLIGHT_NOTE),
	widthOption,
]);

export function codesInFlight(ctx: IExecuteFunctions): number {
	return readRequestsInFlight(ctx, DEFAULT_WECHAT_REQUESTS_IN_FLIGHT);
}

export function readWidth(ctx: IExecuteFunctions, itemIndex: number): number {
	const width = Number(ctx.getNodeParameter('options.width', itemIndex, 430));
	refuseIf(ctx, itemIndex, widthProblem(width));
	return width;
}

/** The look and version options of a round code, checked. */
export function readRoundCodeOptions(
	ctx: IExecuteFunctions,
	itemIndex: number,
): CodeLook & { envVersion: EnvVersion } {
	const autoColor = ctx.getNodeParameter('options.autoColor', itemIndex, false) as boolean;
	const hex = String(ctx.getNodeParameter('options.lineColor', itemIndex, '#000000'));
	const lineColor = parseHexColor(hex);
	refuseIf(
		ctx,
		itemIndex,
		lineColor
			? lineColorProblem(lineColor)
			: `Line color "${hex}" is not a hex color such as #1AAD19`,
	);
	const envVersion = String(ctx.getNodeParameter('options.envVersion', itemIndex, 'release'));
	refuseIf(
		ctx,
		itemIndex,
		(ENV_VERSIONS as readonly string[]).includes(envVersion)
			? undefined
			: `Mini Program Version "${envVersion}" is not one of ${ENV_VERSIONS.join(', ')}`,
	);
	return {
		width: readWidth(ctx, itemIndex),
		autoColor,
		lineColor: autoColor ? undefined : lineColor,
		transparent: ctx.getNodeParameter('options.transparent', itemIndex, false) as boolean,
		envVersion: envVersion as EnvVersion,
	};
}

/** The code image as the item's output: its file in the binary field, what it opens as JSON. */
export async function codeOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	image: AnsweredFile,
	json: Record<string, string | number | boolean>,
	fallbackName: string,
): Promise<OutputWithBinary> {
	const field = String(ctx.getNodeParameter('binaryPropertyName', itemIndex));
	const extension =
		image.contentType.split('/')[1] === 'jpeg' ? 'jpg' : (image.contentType.split('/')[1] ?? 'png');
	const given = String(ctx.getNodeParameter('fileName', itemIndex, '')).trim();
	const fileName =
		given || `${fallbackName.replace(/[^0-9A-Za-z._-]+/g, '_').slice(0, 80)}.${extension}`;
	const binary = await ctx.helpers.prepareBinaryData(image.data, fileName, image.contentType);
	return new OutputWithBinary(
		{ ...json, fileName, mimeType: image.contentType, fileSize: image.data.length },
		{ [field]: binary },
	);
}
