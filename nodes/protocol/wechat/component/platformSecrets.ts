import { randomBytes } from 'crypto';

import type { PlatformStore, StoredKind, StoreKey, StoredEntry } from './platformStore';
import type { SecretSealer } from './sealedSecrets';

/** What a row's seal holds: everything the token chain trusts about the row. */
interface SealedContent {
	secret: string;
	expiresAt: number;
	version: number;
	leaseUntil: number;
	/** The merchant's generation when it was written; '' for platform-wide rows. */
	generation: string;
}

/**
 * Why a row is not trusted:
 * - unreadable: it does not open with this credential's App Secret (rotated, another platform,
 *   a row of an older release, or garbage);
 * - altered: its clear expiry, version or lease disagree with its seal;
 * - forgotten: it was sealed for an earlier generation of the merchant (before Forget Authorizer).
 */
export type RefusedBecause = 'unreadable' | 'altered' | 'forgotten';

export interface OpenedEntry {
	/** The plaintext secret; '' when the row only holds a lease, or is refused. */
	secret: string;
	/** From the seal; 0 when refused. */
	expiresAt: number;
	/** The row's clear version: what a compare-and-set replaces, refused or not. */
	version: number;
	/** From the seal; 0 when refused (a forged lease holds nobody back). */
	leaseUntil: number;
	refused?: RefusedBecause;
}

/** A conflicting writer gets this many fresh tries before an unconditional write gives up. */
const WRITE_TRIES = 8;

const MERCHANT_KINDS: ReadonlySet<StoredKind> = new Set(['authorizerToken', 'refreshToken']);
const GENERATION = 'authorizerGeneration';

/**
 * A PlatformStore seen through the sealer: plaintext in, sealed at rest. Everything the chain
 * trusts (secret, expiry, version, lease, generation) is inside the seal, under a label naming
 * the row's kind and merchant; a Data Table user who edits, rolls back or copies rows gets them
 * refused, never trusted.
 */
export class PlatformSecrets {
	constructor(
		readonly store: PlatformStore,
		private readonly sealer: SecretSealer,
	) {}

	async read(key: StoreKey): Promise<OpenedEntry | undefined> {
		const entry = await this.store.read(key);
		if (!entry) return undefined;
		const content = this.openRow(key, entry);
		if (!content) return refusedEntry(entry, this.altered(key, entry) ? 'altered' : 'unreadable');
		if (MERCHANT_KINDS.has(key.kind)) {
			const generation = await this.generationOf(key.authorizerAppId);
			if (generation === undefined || content.generation !== generation)
				return refusedEntry(entry, 'forgotten');
		}
		return {
			secret: content.secret,
			expiresAt: content.expiresAt,
			version: entry.version,
			leaseUntil: content.leaseUntil,
		};
	}

	/** Stores a secret, ends any lease: whatever version the row is at (retried on conflict). */
	async write(key: StoreKey, secret: string, expiresAt: number): Promise<void> {
		const generation = await this.generationFor(key);
		for (let attempt = 0; attempt < WRITE_TRIES; attempt++) {
			const seen = (await this.store.read(key))?.version ?? 0;
			if (await this.swapSealed(key, seen, { secret, expiresAt, leaseUntil: 0, generation }))
				return;
		}
		throw new Error(`The platform's ${key.kind} row kept changing under ${WRITE_TRIES} writes`);
	}

	/**
	 * Replaces the row if it is still at `seenVersion`: the holder of a lease writes only on the
	 * version it claimed. True when this call replaced it.
	 */
	async swap(
		key: StoreKey,
		seenVersion: number,
		value: { secret: string; expiresAt: number; leaseUntil: number },
	): Promise<boolean> {
		const generation = await this.generationFor(key);
		return await this.swapSealed(key, seenVersion, { ...value, generation });
	}

	/** Takes the renewal lease on `entry` (or on no row) by compare-and-set: its new version, or undefined. */
	async claim(
		key: StoreKey,
		entry: OpenedEntry | undefined,
		leaseUntil: number,
	): Promise<number | undefined> {
		const seen = entry?.version ?? 0;
		const keep = entry && !entry.refused ? entry : { secret: '', expiresAt: 0 };
		const won = await this.swap(key, seen, {
			secret: keep.secret,
			expiresAt: keep.expiresAt,
			leaseUntil,
		});
		return won ? seen + 1 : undefined;
	}

	/**
	 * Forget Authorizer: a new generation first (every row sealed before stops opening, also a
	 * copy someone re-inserts later), then the merchant's rows are removed.
	 */
	async forget(authorizerAppId: string): Promise<void> {
		await this.write(generationKey(authorizerAppId), newGeneration(), 0);
		await this.store.forget(authorizerAppId, [GENERATION]);
	}

	/** Seals a value for carrying outside the store (the trigger's ticket), under the same key. */
	sealFor(key: StoreKey, secret: string): string {
		return this.sealer.seal(secret, labelOf(key));
	}

	openFrom(key: StoreKey, sealed: string): string | undefined {
		return this.sealer.open(sealed, labelOf(key));
	}

	private async swapSealed(
		key: StoreKey,
		seenVersion: number,
		content: Omit<SealedContent, 'version'>,
	): Promise<boolean> {
		const version = seenVersion + 1;
		const sealed = this.sealer.seal(JSON.stringify({ ...content, version }), rowLabelOf(key));
		return await this.store.swap(key, seenVersion, {
			sealed,
			expiresAt: content.expiresAt,
			version,
			leaseUntil: content.leaseUntil,
		});
	}

	/** The seal's content when it opens and the clear columns agree with it. */
	private openRow(key: StoreKey, entry: StoredEntry): SealedContent | undefined {
		const content = this.openContent(key, entry);
		if (!content) return undefined;
		const agrees =
			content.expiresAt === entry.expiresAt &&
			content.version === entry.version &&
			content.leaseUntil === entry.leaseUntil;
		return agrees ? content : undefined;
	}

	private altered(key: StoreKey, entry: StoredEntry): boolean {
		return this.openContent(key, entry) !== undefined;
	}

	private openContent(key: StoreKey, entry: StoredEntry): SealedContent | undefined {
		const plain = entry.sealed ? this.sealer.open(entry.sealed, rowLabelOf(key)) : undefined;
		if (plain === undefined) return undefined;
		try {
			const content = JSON.parse(plain) as Partial<SealedContent>;
			if (
				typeof content.secret !== 'string' ||
				typeof content.expiresAt !== 'number' ||
				typeof content.version !== 'number' ||
				typeof content.leaseUntil !== 'number' ||
				typeof content.generation !== 'string'
			)
				return undefined;
			return content as SealedContent;
		} catch {
			return undefined;
		}
	}

	/** The merchant's current generation id; undefined when none is stored (or it is refused). */
	private async generationOf(authorizerAppId: string): Promise<string | undefined> {
		const key = generationKey(authorizerAppId);
		const entry = await this.store.read(key);
		const content = entry ? this.openRow(key, entry) : undefined;
		return content?.secret || undefined;
	}

	/** The generation a row of this kind is sealed with; a merchant's first row starts one. */
	private async generationFor(key: StoreKey): Promise<string> {
		if (!MERCHANT_KINDS.has(key.kind)) return '';
		const current = await this.generationOf(key.authorizerAppId);
		if (current) return current;
		// None yet, or refused (altered, or sealed with a rotated App Secret): a new one, so no row
		// of before opens. Two processes starting one at once may both insert a first row; the
		// store's read picks one row for everyone (the oldest), so both seal with its generation.
		const row = await this.store.read(generationKey(key.authorizerAppId));
		await this.swap(generationKey(key.authorizerAppId), row?.version ?? 0, {
			secret: newGeneration(),
			expiresAt: 0,
			leaseUntil: 0,
		});
		const settled = await this.generationOf(key.authorizerAppId);
		if (!settled)
			throw new Error(`The generation of authorizer ${key.authorizerAppId} cannot be stored`);
		return settled;
	}
}

function refusedEntry(entry: StoredEntry, refused: RefusedBecause): OpenedEntry {
	return { secret: '', expiresAt: 0, version: entry.version, leaseUntil: 0, refused };
}

function generationKey(authorizerAppId: string): StoreKey {
	return { kind: GENERATION, authorizerAppId };
}

function newGeneration(): string {
	return randomBytes(16).toString('hex');
}

/** The label of a value carried outside the store (a sealed ticket in a trigger item). */
export function labelOf({ kind, authorizerAppId }: StoreKey): string {
	return `${kind}:${authorizerAppId}`;
}

/** A store row's label: a row's seal never opens as a carried value, nor the other way round. */
function rowLabelOf(key: StoreKey): string {
	return `row:${labelOf(key)}`;
}
