class Client {
	baseUrl;
	retries = 3;
	static version = "1.0";
	#secret;
	toString() {
		return this.baseUrl;
	}
	async request(path) {
		const response = await fetch(this.baseUrl + path);
		return response.json();
	}
	readonly() {
		return "a method named readonly";
	}
}
