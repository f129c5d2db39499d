class Session {
	id!: string;
	user?: User;
	expires: Date | undefined = undefined;
	static count?: number = 0;
	refresh?(): Promise<void>;
	close?(): void {
		this.user = undefined;
	}
}
