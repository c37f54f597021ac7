import {
	NodeOperationError,
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type IPairedItemData,
} from 'n8n-workflow';

import { OutcomeUnknownError } from '../../../protocol/common/outcomeUnknownError';
import { RatePacer } from '../../../protocol/common/ratePacer';
import {
	MAX_OPENIDS_PER_SECOND,
	pushInBatches,
	summarisePushJob,
	type PushBatchReport,
} from '../../../protocol/wechat/pushBatches';
import { pushLiveStart } from '../../transport/weChatApi';
import type { WeChatClient } from '../../transport/weChatClient';

export interface RoomPushJob {
	roomId: number;
	openids: string[];
	pairedItem: IPairedItemData[];
}

/**
 * Pushes live-start messages for a node run: every job's openids in batches of 2000, all jobs
 * sharing one pacer under 2000 openids a second, one report item per batch. The first failed or
 * unclear batch stops the run (unless Continue On Fail) with an exact account of every batch so far.
 */
export class RoomPusher {
	private readonly pacer = new RatePacer(MAX_OPENIDS_PER_SECOND, sleep);
	private readonly allReports: PushBatchReport[] = [];

	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly client: WeChatClient,
	) {}

	async push(job: RoomPushJob): Promise<INodeExecutionData[]> {
		const { reports, failed } = await pushInBatches(
			job.roomId,
			job.openids,
			async (roomId, openids) => await pushLiveStart(this.client, roomId, openids),
			async (size, send) => await this.pacer.run(size, send),
			(error) => ({
				status: error instanceof OutcomeUnknownError ? 'outcomeUnknown' : 'failed',
				message: error instanceof Error ? error.message : String(error),
			}),
		);
		this.allReports.push(...reports);
		if (failed && !this.ctx.continueOnFail()) {
			const stopped = reports.find(
				(report) => report.status === 'failed' || report.status === 'outcomeUnknown',
			)!;
			throw new NodeOperationError(
				this.ctx.getNode(),
				`Push to room ${job.roomId} stopped at batch ${stopped.batch} of ${stopped.batchCount}: ${stopped.error}`,
				{ description: summarisePushJob(this.allReports), itemIndex: job.pairedItem[0]?.item },
			);
		}
		return reports.map((report) => ({
			json: report as unknown as IDataObject,
			pairedItem: job.pairedItem,
		}));
	}
}
