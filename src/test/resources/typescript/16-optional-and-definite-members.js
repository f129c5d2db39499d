class Session {
	id;
	user;
	expires = undefined;
	static count = 0;

	close() {
		this.user = undefined;
	}
}
