package dev.quire.render.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Properties of the output that the example files do not show on their own. */
class TypeEraserTest {

    @Test
    void keepsCrlfLineBreaksAndLineNumbers() throws TypeEraseException {
        String ts = "interface A {\r\n  x: number;\r\n}\r\nconst a: A = { x: 1 };\r\n";

        assertThat(TypeEraser.erase(ts)).isEqualTo("\r\n\r\n\r\nconst a = { x: 1 };\r\n");
    }

    @Test
    void javascriptComesOutUnchanged() throws TypeEraseException {
        String js = "const a = b < c ? d : e;\nfunction f(x, y = 2) { return x / y; }\nlabel: for (;;) break label;\n";

        assertThat(TypeEraser.erase(js)).isEqualTo(js);
    }

    @Test
    void untouchedLinesKeepTheirTrailingSpaces() throws TypeEraseException {
        assertThat(TypeEraser.erase("let a = 1;  \nlet b: number = 2;  \n")).isEqualTo("let a = 1;  \nlet b = 2;\n");
    }

    @Test
    void typeOnlySpecifiersLeaveAnEmptyImportThatKeepsSideEffects() throws TypeEraseException {
        assertThat(TypeEraser.erase("import { type A, type B } from \"./polyfill\";"))
            .isEqualTo("import {} from \"./polyfill\";");
    }

    @Test
    void nestedTemplateExpressionsAreErasedInside() throws TypeEraseException {
        assertThat(TypeEraser.erase("`a ${`b ${x as string} ${{ y: 1 }.y!}`} c`"))
            .isEqualTo("`a ${`b ${x} ${{ y: 1 }.y}`} c`");
    }

    @Test
    void emptyCodeStaysEmpty() throws TypeEraseException {
        assertThat(TypeEraser.erase("")).isEmpty();
    }
}
