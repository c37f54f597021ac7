import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IPairedItemData,
} from 'n8n-workflow';

import type { RatePacer } from '../../../protocol/common/ratePacer';
import {
	MAX_OPENIDS_PER_SECOND,
	pushInBatches,
	summarisePushJob,
} from '../../../protocol/wechat/pushBatches';
import type { PushBatchReport } from '../../../protocol/wechat/pushBatches';
import type { TransportOptions } from '../../transport/transportOptions';
import { pushLiveStart } from '../../transport/weChatApi';
import type { WeChatClient } from '../../transport/weChatClient';
import { describeBatchError, stoppedAtBatch } from '../itemJobs';

export interface RoomPushJob {
	roomId: number;
	openids: string[];
	pairedItem: IPairedItemData[];
}

/**
 * Pushes live-start messages for a node run: every job's openids in batches of 2000, one batch at a
 * time, all jobs (and every execution in this process for the App ID) sharing one pacer under 2000
 * openids a second, one report item per batch. A batch is a full second of the limit, so sending
 * several at once would only meet refusals; a refusal (another worker spending the limit) is waited
 * out by the retry loop. The first failed or
 * unclear batch stops the run (unless Continue On Fail) with an exact account of every batch so far.
 */
export class RoomPusher {
	private readonly pacer: RatePacer;
	private readonly allReports: PushBatchReport[] = [];

	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly client: WeChatClient,
		transport: TransportOptions,
	) {
		this.pacer = transport.caches.pacer(
			`wechat push openids|${client.appKey}`,
			MAX_OPENIDS_PER_SECOND,
		);
	}

	async push(job: RoomPushJob): Promise<INodeExecutionData[]> {
		const { reports, failed } = await pushInBatches(
			job.roomId,
			job.openids,
			async (roomId, openids) => await pushLiveStart(this.client, roomId, openids),
			async (size, send) => await this.pacer.run(size, send),
			describeBatchError,
		);
		this.allReports.push(...reports);
		if (failed && !this.ctx.continueOnFail()) {
			const stopped = reports.find(
				(report) => report.status === 'failed' || report.status === 'outcomeUnknown',
			)!;
			throw stoppedAtBatch(
				this.ctx,
				`Push to room ${job.roomId}`,
				stopped,
				summarisePushJob(this.allReports),
				job.pairedItem[0]?.item,
			);
		}
		return reports.map((report) => ({
			json: report as unknown as IDataObject,
			pairedItem: job.pairedItem,
		}));
	}
}
