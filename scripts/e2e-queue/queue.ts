/**
 * `npm run e2e:queue`: this package in a real n8n in queue mode, on loopback only. Starts
 * PostgreSQL and Redis (installed from Debian's packages when missing), the local WeChat and
 * Tencent Cloud Chat (every answer after E2E_LATENCY_MS, default 50), and n8n main, two workers and
 * a webhook processor with the packed package installed in each. Runs the scenarios, prints a
 * report, stops everything, and exits non-zero on any loss, duplicate or unexpected failure.
 *
 *   E2E_SCENARIOS       comma-separated subset: retries, trigger, pushes, batches, platform, before,
 *                       burst (default: all)
 *   E2E_PG_PORT, E2E_REDIS_PORT, E2E_N8N_PORT_BASE   (default 55432, 56379, 5700)
 *   E2E_KEEP=1          keep the run folder (logs, database) even when the run passed
 *   E2E_TRIGGER_VERSION the unique-key workflows' trigger version (default 2; 1 as older workflows saved it)
 *   E2E_CS_OTHERS_NICE  nice steps main and the workers run below the webhook processor in burst (10)
 *   E2E_PROFILE_DIR     write a V8 CPU profile of each n8n process to <dir>/<role>/ when it stops
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ExecutionReader } from './executions';
import {
	defaultPorts,
	importEntities,
	installPackage,
	packPackage,
	startCluster,
	waitForWebhook,
} from './n8nProcesses';
import { onCleanup, stopAll } from './processes';
import { createDedupDatabase } from './dedupDatabase';
import { printReport } from './report';
import { beforeCallbacks } from './scenarios/beforeCallbacks';
import { concurrentPushes } from './scenarios/concurrentPushes';
import { customerServiceBurst } from './scenarios/customerServiceBurst';
import { latencyBatches } from './scenarios/latencyBatches';
import type { Scenario, ScenarioContext, ScenarioResult } from './scenarios/scenario';
import { manyDeliveries } from './scenarios/manyDeliveries';
import { platformTokenChain } from './scenarios/platform';
import { retriesOfOneDelivery } from './scenarios/retriesOfOneDelivery';
import { installN8n } from '../lib/n8nInstall';
import { activateWorkflow } from '../lib/n8nRest';
import { E2E_OWNER, signInOwner } from '../lib/owner';
import { REPO_ROOT } from '../lib/repoRoot';
import { latencyFromEnv } from '../../testkit/servers/latency';
import { startLocalServicesProcess } from '../../testkit/servers/localServicesProcess';
import type { LocalServicesProcess } from '../../testkit/servers/localServicesProcess';
import { installMissingServices, startServices } from './services';
import {
	addSubscribersWorkflow,
	customerServiceBurstWorkflow,
	e2eCredentials,
	pushWorkflow,
	subscribeSendWorkflow,
	callbackDedupWorkflow,
} from './workflows';

const SCENARIOS: Record<string, Scenario> = {
	retries: retriesOfOneDelivery,
	trigger: manyDeliveries,
	pushes: concurrentPushes,
	batches: latencyBatches,
	platform: platformTokenChain,
	before: beforeCallbacks,
	burst: customerServiceBurst,
};

function log(message: string): void {
	console.log(`[e2e ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** The local servers' own process, with the run's latency (E2E_LATENCY_MS, default 50). */
async function startFakeServers(runDir: string): Promise<LocalServicesProcess> {
	const fakes = await startLocalServicesProcess(
		{
			latency: latencyFromEnv('E2E_LATENCY', { E2E_LATENCY_MS: '50', ...process.env }),
			rooms: (process.env.E2E_ROOMS ?? '1,2').split(',').map(Number),
			subscribedUsers: Number(process.env.E2E_SUBSCRIBED_USERS ?? 200),
			ports: {
				weChat: Number(process.env.E2E_WECHAT_PORT ?? 0),
				tencent: Number(process.env.E2E_TENCENT_PORT ?? 0),
				control: Number(process.env.E2E_CONTROL_PORT ?? 0),
			},
		},
		{ logFile: path.join(runDir, 'fake-servers.log') },
	);
	onCleanup(() => void fakes.stop());
	return fakes;
}

async function main(): Promise<number> {
	if (Number(process.versions.node.split('.')[0]) < 24)
		throw new Error(
			`n8n 2.x needs Node >= 24, this is ${process.version}: run it as npm run e2e:queue`,
		);
	const startedAt = Date.now();
	const runDir = mkdtempSync(path.join(tmpdir(), 'n8n-e2e-queue-'));
	chmodSync(runDir, 0o755); // the postgres user reads its data folder below it
	log(`run folder ${runDir}`);
	const wanted = (process.env.E2E_SCENARIOS ?? Object.keys(SCENARIOS).join(',')).split(',');
	const unknown = wanted.filter((name) => !SCENARIOS[name]);
	if (unknown.length)
		throw new Error(
			`unknown scenario(s) ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`,
		);

	installMissingServices();
	const n8n = installN8n();
	const tarball = packPackage(REPO_ROOT, runDir);
	log(`packed ${path.basename(tarball)}; n8n ${n8n.version}`);
	const services = await startServices(runDir, {
		postgres: Number(process.env.E2E_PG_PORT ?? 55432),
		redis: Number(process.env.E2E_REDIS_PORT ?? 56379),
	});
	log(`PostgreSQL on ${services.postgres.port}, Redis on ${services.redis.port}`);
	const fakes = await startFakeServers(runDir);
	const endpoints = fakes.endpoints;
	log(
		`local WeChat ${endpoints.weChat.url}, Tencent ${endpoints.tencent.url}, latency ${endpoints.latency.ms} ms`,
	);
	await installPackage(runDir, tarball);
	log(
		'package installed into the community-package folder of main, both workers and the webhook processor',
	);

	createDedupDatabase(services.postgres);
	const workflows = [
		callbackDedupWorkflow(),
		customerServiceBurstWorkflow(),
		pushWorkflow(1),
		pushWorkflow(2),
		addSubscribersWorkflow(endpoints.tencent.officialAccount),
		subscribeSendWorkflow(endpoints.weChat.templateId),
	];
	const setup = { n8nBin: n8n.bin, runDir, services, ports: defaultPorts() };
	importEntities(setup, e2eCredentials(endpoints, services.postgres), workflows);
	log('credentials and workflows imported');
	const cluster = await startCluster(setup);
	const session = await signInOwner(`http://127.0.0.1:${cluster.ports.main}`, E2E_OWNER);
	for (const { id } of workflows) await activateWorkflow(session, id);
	await Promise.all(workflows.map((workflow) => waitForWebhook(cluster, workflow.webhookPath)));
	log(
		`n8n main :${cluster.ports.main}, webhook processor :${cluster.ports.webhook}, 2 workers: ready, webhooks registered`,
	);

	const context: ScenarioContext = {
		cluster,
		endpoints,
		services,
		executions: new ExecutionReader(services, n8n.dir, cluster),
		stats: fakes.stats,
		resetStats: fakes.reset,
		postJson: async (webhookPath, body) => {
			const answer = await fetch(`${cluster.webhookBaseUrl}/${webhookPath}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			return { status: answer.status, text: await answer.text() };
		},
	};
	const results: ScenarioResult[] = [];
	for (const name of wanted) {
		log(`scenario ${name}`);
		try {
			results.push(await SCENARIOS[name](context));
		} catch (error) {
			results.push({
				name,
				problems: [`the scenario broke: ${(error as Error).stack}`],
				figures: [],
				workers: {},
			});
		}
	}
	printReport(results, [
		[
			'n8n',
			`${n8n.version}: main, 2 workers (--concurrency=1), 1 webhook processor; Postgres, Redis`,
		],
		[
			'local servers latency',
			`${endpoints.latency.ms} ms${endpoints.latency.jitterMs ? ` + up to ${endpoints.latency.jitterMs} ms` : ''}`,
		],
		['run folder (logs)', runDir],
		['whole run', `${((Date.now() - startedAt) / 1000).toFixed(0)} s`],
	]);
	const passed = results.every((result) => result.problems.length === 0);
	await stopAll();
	if (passed && process.env.E2E_KEEP !== '1') rmSync(runDir, { recursive: true, force: true });
	return passed ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	async (error: Error) => {
		console.error(`e2e:queue failed: ${error.stack ?? error.message}`);
		await stopAll();
		process.exit(1);
	},
);
