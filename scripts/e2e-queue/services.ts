/**
 * PostgreSQL and Redis for the queue-mode run, from Debian's packages (installed when missing),
 * each on a private port with its data in the run's temporary folder. Only 127.0.0.1.
 */
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../lib/repoRoot';
import { onCleanup, runOrThrow, startProcess } from './processes';

export interface Services {
	postgres: { host: string; port: number; user: string; database: string };
	redis: { host: string; port: number };
}

const HOST = '127.0.0.1';
const DATABASE = 'n8n';

export function installMissingServices(): void {
	runOrThrow('bash', [path.join(REPO_ROOT, 'scripts', 'e2e-queue', 'install-services.sh')], {
		stdio: 'inherit',
	});
}

export async function startServices(runDir: string, ports: { postgres: number; redis: number }) {
	const postgres = startPostgres(path.join(runDir, 'postgres'), ports.postgres);
	const redis = await startRedis(path.join(runDir, 'redis'), ports.redis);
	return { postgres, redis } satisfies Services;
}

function postgresBinaries(): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root)
		? readdirSync(root).filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
		: [];
	if (versions.length === 0)
		throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
	return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** initdb refuses to run as root: as root, the server runs as the `postgres` user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
	return process.getuid?.() === 0
		? ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: [command, args];
}

/** The server's folder (owned by the user the server runs as): data/, server.log and the socket. */
function startPostgres(folder: string, port: number): Services['postgres'] {
	const bin = postgresBinaries();
	mkdirSync(folder, { recursive: true });
	if (process.getuid?.() === 0) {
		const { uid, gid } = postgresIds();
		chownSync(folder, uid, gid);
	}
	const dataDir = path.join(folder, 'data');
	const pgCtl = path.join(bin, 'pg_ctl');
	runOrThrow(
		...asPostgresUser(path.join(bin, 'initdb'), [
			'-D',
			dataDir,
			'-U',
			'postgres',
			'-A',
			'trust',
			'-E',
			'UTF8',
			'--no-instructions',
		]),
	);
	const options = `-p ${port} -c listen_addresses=${HOST} -k ${folder} -c fsync=off -c max_connections=200`;
	runOrThrow(
		...asPostgresUser(pgCtl, [
			'-D',
			dataDir,
			'-o',
			options,
			'-l',
			path.join(folder, 'server.log'),
			'-w',
			'start',
		]),
	);
	onCleanup(() => {
		runOrThrow(...asPostgresUser(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']));
	});
	runOrThrow('psql', [
		'-h',
		HOST,
		'-p',
		String(port),
		'-U',
		'postgres',
		'-c',
		`CREATE DATABASE ${DATABASE}`,
	]);
	return { host: HOST, port, user: 'postgres', database: DATABASE };
}

/** Runs one SQL statement through psql (unaligned, tuples only) and returns its output. */
export function psql(
	postgres: Services['postgres'],
	sql: string,
	database = postgres.database,
): string {
	return runOrThrow('psql', [
		'-h',
		postgres.host,
		'-p',
		String(postgres.port),
		'-U',
		postgres.user,
		'-d',
		database,
		'-v',
		'ON_ERROR_STOP=1',
		'-At',
		'-c',
		sql,
	]);
}

function postgresIds(): { uid: number; gid: number } {
	const id = (flag: string) => Number(runOrThrow('id', [flag, 'postgres']).trim());
	return { uid: id('-u'), gid: id('-g') };
}

async function startRedis(dataDir: string, port: number): Promise<Services['redis']> {
	mkdirSync(dataDir, { recursive: true });
	startProcess(
		'redis',
		'redis-server',
		['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--dir', dataDir],
		`${dataDir}.log`,
	);
	for (let attempt = 0; attempt < 50; attempt++) {
		const answer = await redisPing(port).catch(() => '');
		if (answer.startsWith('+PONG')) return { host: HOST, port };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`redis-server did not answer on port ${port} (see ${dataDir}.log)`);
}

async function redisPing(port: number): Promise<string> {
	const { connect } = await import('node:net');
	return await new Promise((resolve, reject) => {
		const socket = connect(port, HOST, () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			resolve(String(data));
			socket.destroy();
		});
		socket.once('error', reject);
	});
}
