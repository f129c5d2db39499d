declare const BUILD_ID: string;
declare global {
	interface Window {
		analytics: unknown;
	}
}
declare module "*.html" {
	const content: string;
	export default content;
}
declare function log(message: string, ...rest: unknown[]): void;
export declare class Remote {
	call(): Promise<void>;
}
declare enum Level { Low, High }
declare namespace Cloudflare {
	interface Env {}
}
console.log("built", BUILD_ID);
