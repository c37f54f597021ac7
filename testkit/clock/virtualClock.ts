import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';

import type { ServerClock } from './serverClock';

interface Sleeper {
	at: number;
	wake: () => void;
}

/** Node's http client (n8n's requests), and fetch (undici): when a request starts and ends. */
const HTTP_START = 'http.client.request.start';
const FETCH_START = 'undici:request:create';
const FETCH_ENDS = ['undici:request:trailers', 'undici:request:error'];

/**
 * Virtual time for a test: it stands still while anything works and jumps to the next sleeper's
 * wake-up once everything waits. "Everything waits" means: no request to a server on this clock
 * is on its way or being answered, except those the server holds on the clock (latency, a slow
 * answer), and a few turns of the event loop passed with nothing new. So a pacer's window, a
 * retry's wait and a server's per-second count are all measured in the same virtual
 * milliseconds, however loaded the machine is, and waiting costs no real time.
 */
export class VirtualClock implements ServerClock {
	private time: number;
	private readonly sleepers: Sleeper[] = [];
	/** Ports of the local servers whose requests the clock waits for. */
	private readonly ports = new Set<string>();
	private readonly inFlight = new Set<object>();
	private held = 0;
	/** Bumped by every event that may start work: a quiet check sees whether anything happened. */
	private generation = 0;
	private checking = false;
	private readonly onHttp = (message: unknown) => this.trackHttp(message);
	private readonly onFetch = (message: unknown) => this.trackFetch(message);
	private readonly onFetchEnd = (message: unknown) =>
		this.settle((message as { request: object }).request);

	constructor(start = Date.now()) {
		this.time = start;
		subscribe(HTTP_START, this.onHttp);
		subscribe(FETCH_START, this.onFetch);
		for (const name of FETCH_ENDS) subscribe(name, this.onFetchEnd);
	}

	now(): number {
		return this.time;
	}

	async sleep(ms: number): Promise<void> {
		await new Promise<void>((wake) => {
			this.sleepers.push({ at: this.time + Math.max(0, ms), wake });
			this.changed();
		});
	}

	/** A server's wait while a request is open (latency, a slow answer): time may pass meanwhile. */
	async hold(ms: number): Promise<void> {
		this.held++;
		try {
			await this.sleep(ms);
		} finally {
			this.held--;
		}
	}

	/** The clock waits for requests to this server (the local servers call it when they listen). */
	serve(port: number): void {
		this.ports.add(String(port));
	}

	/** Moves time to `at` (never back), waking every sleeper due by then. */
	advanceTo(at: number): void {
		this.time = Math.max(this.time, at);
		this.sleepers.sort((a, b) => a.at - b.at);
		while (this.sleepers.length > 0 && this.sleepers[0].at <= this.time)
			this.sleepers.shift()!.wake();
		this.changed();
	}

	/** Stops watching this process's requests (the clock cannot be used afterwards). */
	dispose(): void {
		unsubscribe(HTTP_START, this.onHttp);
		unsubscribe(FETCH_START, this.onFetch);
		for (const name of FETCH_ENDS) unsubscribe(name, this.onFetchEnd);
	}

	private trackHttp(message: unknown): void {
		const request = (message as { request: ClientRequest }).request;
		const host = String(request.getHeader('host') ?? '');
		if (!this.ports.has(host.slice(host.lastIndexOf(':') + 1))) return;
		this.inFlight.add(request);
		this.changed();
		request.once('close', () => this.settle(request));
	}

	private trackFetch(message: unknown): void {
		const request = (message as { request: { origin?: string } }).request;
		const origin = String(request.origin ?? '');
		if (!this.ports.has(origin.slice(origin.lastIndexOf(':') + 1))) return;
		this.inFlight.add(request);
		this.changed();
	}

	private settle(request: object): void {
		if (this.inFlight.delete(request)) this.changed();
	}

	private changed(): void {
		this.generation++;
		if (this.checking || this.sleepers.length === 0) return;
		this.checking = true;
		this.checkQuiet(this.generation, 0);
	}

	/** Advances once everything waits and three turns of the event loop brought nothing new. */
	private checkQuiet(generation: number, turns: number): void {
		setImmediate(() => {
			if (this.sleepers.length === 0 || this.inFlight.size > this.held) {
				this.checking = false; // the next request to close or sleeper to arrive checks again
				return;
			}
			if (generation !== this.generation) return this.checkQuiet(this.generation, 0);
			if (turns < 2) return this.checkQuiet(generation, turns + 1);
			this.checking = false;
			this.advanceTo(Math.min(...this.sleepers.map((sleeper) => sleeper.at)));
		});
	}
}
