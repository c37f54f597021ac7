/** How many requests a local server is answering at once, and the most it ever was. */
export class InFlightGauge {
	current = 0;
	most = 0;

	/** Counts `answer` as in flight from now until it settles. */
	async during<T>(answer: () => Promise<T>): Promise<T> {
		this.most = Math.max(this.most, ++this.current);
		try {
			return await answer();
		} finally {
			this.current--;
		}
	}
}
