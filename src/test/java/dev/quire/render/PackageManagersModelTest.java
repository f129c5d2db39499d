package dev.quire.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PackageManagersModelTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            npm  | add     | hono              |            | false | npm i hono
            bun  | add     | hono              |            | true  | bun add -d hono
            yarn | add     | hono              |            | true  | yarn add -D hono
            pnpm | install |                   |            | false | pnpm install
            npm  | create  | cloudflare@latest | my-app     | false | npm create cloudflare@latest -- my-app
            yarn | create  | cloudflare        | my-app     | false | yarn create cloudflare my-app
            npm  | exec    | wrangler          | deploy     | false | npx wrangler deploy
            bun  | exec    | wrangler          | deploy     | false | bunx wrangler deploy
            pnpm | exec    | wrangler          | deploy     | false | pnpm wrangler deploy
            yarn | dlx     | create-hono       |            | false | yarn dlx create-hono
            npm  | run     | dev               | --port 80  | false | npm run dev -- --port 80
            bun  | run     | dev               |            | false | bun run dev
            npm  | remove  | hono              |            | false | npm uninstall hono
            pnpm | remove  | hono              |            | false | pnpm remove hono
            """)
    void commands(String manager, String type, String pkg, String args, boolean dev, String expected) {
        assertThat(PackageManagersModel.command(manager, type, pkg == null ? "" : pkg, args == null ? "" : args, dev))
                .isEqualTo(expected);
    }
}
