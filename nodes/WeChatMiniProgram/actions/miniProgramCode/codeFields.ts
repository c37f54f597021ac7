import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { AnsweredFile } from '../../../protocol/common/fileAnswer';
import {
	ENV_VERSIONS,
	lineColorProblem,
	parseHexColor,
	widthProblem,
} from '../../../protocol/wechat/growth/codeRules';
import type { EnvVersion } from '../../../protocol/wechat/growth/codeRules';
import { readWeChatRequestsInFlight } from '../callOptions';
import {
	binaryOutputField,
	optionsCollection,
	weChatInFlightOptions,
} from '../common.descriptions';
import { OutputWithBinary } from '../forEachItem';
import { miniProgramVersionField } from '../miniProgramVersion';
import { refuseIf } from '../refuseItem';
import type { CodeLook } from '../../transport/weChatApi/miniProgramCode';
import type { WeChatClient } from '../../transport/weChatClient';
import { weChatItemOperation } from '../weChatItemOperation';

const IN_FLIGHT_NOTE = 'Each code is its own call.';

const binaryPropertyField = binaryOutputField(
	'The name of the output binary field to put the code image in',
);

const fileNameField: INodeProperties = {
	displayName: 'File Name',
	name: 'fileName',
	type: 'string',
	default: '',
	placeholder: 'e.g. store-{{ $json.storeId }}.png',
	description: 'The image file name; without one, a name is made from what the code opens',
};

/** Path of Create Code and Create QR Code: the page the code opens, with its query. */
export function codePathField(placeholder: string, description: string): INodeProperties {
	return {
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description,
	};
}

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
		...weChatInFlightOptions(IN_FLIGHT_NOTE),
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
	...weChatInFlightOptions(IN_FLIGHT_NOTE),
	widthOption,
]);

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

/** What one item's code is: the image, what it opens (the JSON output), the file name to fall back on. */
export interface CreatedCode {
	image: AnsweredFile;
	opens: Record<string, string | number | boolean>;
	fallbackName: string;
}

/**
 * A Mini Program Code operation: its own fields, then the output binary field, File Name and its
 * Options; one code per item, several in flight. `create` checks the item and makes its code.
 */
export function codeOperation(spec: {
	operation: string;
	fields: INodeProperties[];
	options: INodeProperties;
	create: (ctx: IExecuteFunctions, client: WeChatClient, itemIndex: number) => Promise<CreatedCode>;
}) {
	return weChatItemOperation({
		resource: 'miniProgramCode',
		operation: spec.operation,
		properties: [...spec.fields, binaryPropertyField, fileNameField, spec.options],
		inFlight: readWeChatRequestsInFlight,
		async item(ctx, client, itemIndex) {
			const { image, opens, fallbackName } = await spec.create(ctx, client, itemIndex);
			return await codeOutput(ctx, itemIndex, image, opens, fallbackName);
		},
	});
}

/** The code image as the item's output: its file in the binary field, what it opens as JSON. */
async function codeOutput(
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
