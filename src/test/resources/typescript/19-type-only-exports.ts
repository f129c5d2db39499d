export type { Env } from "./env";
export type * from "./types";
export type { Message, Role };
export { type Provider, run } from "./run";
export { type Gateway };
export * as gateways from "./gateways";
export { handler as default, type Options } from "./handler";
export const version = "1";
