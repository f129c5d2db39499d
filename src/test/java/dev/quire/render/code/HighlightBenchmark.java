package dev.quire.render.code;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Build-time highlighting of a typical documentation snippet per language, the whole code block
 * (highlight plus line markup). Run with {@code bench/jmh.sh Highlight}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HighlightBenchmark {

    private static final String TYPESCRIPT = """
            import { Hono } from "hono";
            
            interface Env {
              AI: Ai;
              GATEWAY_ID: string;
            }
            
            const app = new Hono<{ Bindings: Env }>();
            
            app.post("/chat", async (c) => {
              const { messages } = await c.req.json<{ messages: { role: string; content: string }[] }>();
              // Route the request through the gateway, with caching for ten minutes.
              const answer = await c.env.AI.run("@cf/meta/llama-3.1-8b-instruct", { messages }, {
                gateway: { id: c.env.GATEWAY_ID, skipCache: false, cacheTtl: 600 },
              });
              return c.json(answer, 200);
            });
            
            export default app satisfies ExportedHandler<Env>;
            """;

    private static final String BASH = """
            # Send a request through the gateway
            curl -X POST https://gateway.ai.cloudflare.com/v1/$ACCOUNT_ID/$GATEWAY/openai/chat/completions \\
              --header "Authorization: Bearer $TOKEN" \\
              --header 'Content-Type: application/json' \\
              --data '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "What is Cloudflare?"}]}'
            for f in logs/*.json; do jq '.status' "$f" | sort | uniq -c; done
            """;

    private static final String JSON = """
            {
              "id": "chatcmpl-abc123",
              "object": "chat.completion",
              "created": 1677858242,
              "usage": { "prompt_tokens": 13, "completion_tokens": 7, "total_tokens": 20 },
              "choices": [{ "message": { "role": "assistant", "content": "Hello!" }, "finish_reason": "stop", "index": 0 }],
              "cached": false,
              "tags": ["prod", "eu", null, 1.5e3]
            }
            """;

    private static final String PYTHON = """
            from acme import gateway


            def fetch_report(client, report_id, retries=3):
                \"\"\"Fetch the daily report, retrying while it is being built.\"\"\"
                for attempt in range(retries):
                    result = client.get(report_id, mode="fast", timeout=2.5)
                    if result.ok and not result.pending:
                        return result.value  # cached for 10 minutes
                    print(f"attempt {attempt}: {result.status}", len(result.errors))
                raise RuntimeError("report %s did not become ready" % report_id)
            """;

    @Param({"typescript", "bash", "json", "python"})
    public String language;

    private CodeHighlighter highlighter;
    private String code;
    private CodeMeta meta;

    @Setup
    public void setUp() {
        highlighter = CodeHighlighter.create();
        code = switch (language) {
            case "typescript" -> TYPESCRIPT;
            case "bash" -> BASH;
            case "python" -> PYTHON;
            default -> JSON;
        };
        meta = CodeMeta.parse(language + " {3-4}");
    }

    @Benchmark
    public List<String> highlight() {
        return highlighter.highlightLines(language, code);
    }

    @Benchmark
    public String codeBlock() {
        return CodeBlockHtml.render(meta, code, highlighter).html();
    }
}
