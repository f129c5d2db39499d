import type { Env } from "./env";
import type * as Types from "./types";
import type Default from "./default";
import { type Ai, createWorkersAI } from "workers-ai-provider";
import { streamText, type CoreMessage } from "ai";
import { type Context, type Next } from "hono";
import Hono, { type MiddlewareHandler } from "hono";
import {
	type Request as WorkerRequest,
	DurableObject,
} from "cloudflare:workers";
import type from "./a-default-named-type";
import "./polyfill";
