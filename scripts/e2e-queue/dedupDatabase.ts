/**
 * The user's own database of the unique-key recipe (docs/trigger.md, "Dropping WeChat's retries"):
 * a database of its own in the run's Postgres, with the table examples/drop-callback-retries-queue-mode.json
 * inserts into, created once as a user creates it. n8n's Postgres node reaches it through a
 * credential imported with the others.
 */
import { psql } from './services';
import type { Services } from './services';

export const DEDUP_DATABASE = 'callbacks';
const TABLE = 'callback_dedup';

export function createDedupDatabase(postgres: Services['postgres']): void {
	psql(postgres, `CREATE DATABASE ${DEDUP_DATABASE}`, 'postgres');
	psql(
		postgres,
		`CREATE TABLE ${TABLE} (dedup_key text PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT now())`,
		DEDUP_DATABASE,
	);
}

/** Every key the table holds (the database lets each in once). */
export function recordedDedupKeys(postgres: Services['postgres']): string[] {
	return JSON.parse(
		psql(
			postgres,
			`SELECT coalesce(json_agg(dedup_key ORDER BY dedup_key), '[]') FROM ${TABLE}`,
			DEDUP_DATABASE,
		),
	) as string[];
}

/** The Postgres credential of the recipe's database, in n8n's import format. */
export function dedupDatabaseCredential(
	postgres: Services['postgres'],
	credential: { id: string; name: string },
): object {
	return {
		...credential,
		type: 'postgres',
		data: {
			host: postgres.host,
			port: postgres.port,
			database: DEDUP_DATABASE,
			user: postgres.user,
			password: '',
			ssl: 'disable',
			allowUnauthorizedCerts: false,
			maxConnections: 10,
			sshTunnel: false,
		},
	};
}
