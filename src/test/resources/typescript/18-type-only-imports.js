


import { createWorkersAI } from "workers-ai-provider";
import { streamText } from "ai";
import {} from "hono";
import Hono, {} from "hono";
import {

	DurableObject,
} from "cloudflare:workers";
import type from "./a-default-named-type";
import "./polyfill";
