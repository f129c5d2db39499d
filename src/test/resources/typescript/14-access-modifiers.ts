class Client {
	private readonly baseUrl: string;
	protected retries = 3;
	public static readonly version: string = "1.0";
	#secret: string;
	override toString(): string {
		return this.baseUrl;
	}
	private async request<T>(path: string): Promise<T> {
		const response = await fetch(this.baseUrl + path);
		return response.json();
	}
	readonly() {
		return "a method named readonly";
	}
}
