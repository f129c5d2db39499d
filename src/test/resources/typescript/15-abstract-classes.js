export class Provider {




	url(model) {
		return `https://gateway.ai.cloudflare.com/v1/${this.endpoint(model)}`;
	}
}

export default class Base {}
