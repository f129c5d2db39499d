package dev.quire.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypeScriptExampleModelTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"src/index.ts, src/index.js", "app.tsx, app.jsx", "a.mts, a.mjs",
            "a.cts, a.cjs", "src/index.js, null", ".ts, null", "notes.txt, null"})
    void javascriptNames(String ts, String js) {
        assertThat(TypeScriptExampleModel.javascriptName(ts)).isEqualTo(js);
    }

    @Test
    void tidyDropsBlankLinesLeftAtTheEndsAndMakesRunsOne() {
        assertThat(TypeScriptExampleModel.tidy("\n\n\nconst a = 1;\n\n\n\nconst b = 2;\n  \n")).isEqualTo("const a = 1;\n\nconst b = 2;");
        assertThat(TypeScriptExampleModel.tidy("const a = 1;\n\nconst b = 2;")).isEqualTo("const a = 1;\n\nconst b = 2;");
    }
}
