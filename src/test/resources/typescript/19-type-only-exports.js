


export { run } from "./run";
export {};
export * as gateways from "./gateways";
export { handler as default } from "./handler";
export const version = "1";
