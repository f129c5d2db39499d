export abstract class Provider {
	abstract readonly name: string;
	protected abstract endpoint(model: string): string;
	abstract get label(): string;

	url(model: string): string {
		return `https://gateway.ai.cloudflare.com/v1/${this.endpoint(model)}`;
	}
}

export default abstract class Base {}
