import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A node:http server on 127.0.0.1. */
export interface Loopback {
	server: Server;
	port: number;
	/** `http://127.0.0.1:<port>` */
	url: string;
	/** Stops listening and closes every connection still open (kept alive or unanswered). */
	close(): Promise<void>;
}

/** Listens with `handler` on 127.0.0.1, on `port` or (default) any free port. */
export async function listenOnLoopback(handler: RequestListener, port = 0): Promise<Loopback> {
	const server = createServer(handler);
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const bound = (server.address() as AddressInfo).port;
	return {
		server,
		port: bound,
		url: `http://127.0.0.1:${bound}`,
		close: async () =>
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
