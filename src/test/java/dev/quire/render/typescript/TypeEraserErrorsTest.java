package dev.quire.render.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quire.diag.Diagnostic;
import dev.quire.diag.Reporter;
import dev.quire.diag.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TypeScript that cannot be erased: the message, hint and position are pinned. */
class TypeEraserErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        enum Color { Red, Green }                  | 1:1  | cannot erase enum 'Color': an enum creates an object at runtime
        export const enum Level { Low }            | 1:8  | cannot erase enum 'Level': an enum creates an object at runtime
        let a = 1;\\nnamespace Utils {\\n}         | 2:1  | cannot erase namespace 'Utils': a namespace with code creates an object at runtime
        module Legacy.Inner { }                    | 1:1  | cannot erase module 'Legacy': a module with code creates an object at runtime
        @Component({})\\nclass A {}                | 1:1  | cannot erase decorator '@Component': decorators run code at runtime
        class B {\\n  @observable value = 1;\\n}   | 2:3  | cannot erase decorator '@observable': decorators run code at runtime
        function f(@Inject() a) {}                 | 1:12 | cannot erase decorator '@Inject': decorators run code at runtime
        import fs = require("fs");                 | 1:1  | cannot erase 'import fs = ...': it is TypeScript's CommonJS import
        export = handler;                          | 1:1  | cannot erase 'export =': it is TypeScript's CommonJS export
        export import Alias = Foo.Bar;             | 1:1  | cannot erase 'export import': it creates an alias at runtime
        const s = "unterminated;                   | 1:11 | unterminated string literal
        const t = `open ${x}                       | 1:11 | unterminated template literal
        let a;\\n/* never closed                   | 2:1  | unterminated comment
        const r = /abc                             | 1:11 | unterminated regular expression
        function f(a: number {\\n}                 | 1:11 | unclosed '('
        let x = [1, 2));                           | 1:14 | unexpected ')'
        let x: = 5;                                | 1:8  | cannot read a type after ':' at '='
        const y = foo as ;                         | 1:18 | cannot read a type after 'as' at ';'
        type Broken =                              | 1:14 | cannot read a type after '=' at the end of the code
        """)
    void refusesWithAPinnedMessage(String code, String place, String message) {
        TypeEraseException e = refused(code.replace("\\n", "\n"));

        assertThat(e.line() + ":" + e.column()).isEqualTo(place);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void parameterPropertiesNameTheFieldAndTheFix() {
        TypeEraseException e = refused("class Point {\n\tconstructor(private readonly x: number, y: number) {}\n}\n");

        assertThat(e.line() + ":" + e.column()).isEqualTo("2:14");
        assertThat(e.getMessage())
            .isEqualTo("cannot erase parameter property 'private readonly x': it assigns this.x at runtime");
        assertThat(e.hint()).isEqualTo("declare the field in the class body and assign it in the constructor: "
            + "this.x = x;");
    }

    @Test
    void enumHintShowsTheReplacement() {
        assertThat(refused("enum Color { Red }").hint())
            .isEqualTo("use a plain object instead: const Color = { ... } as const; ('declare enum' is erased)");
    }

    @Test
    void unreadableCodeAsksForCodeThatCompiles() {
        assertThat(refused("let x: = 5;").hint())
            .isEqualTo("the type eraser reads TypeScript that compiles; check the example with tsc");
    }

    @Test
    void diagnosticPointsIntoTheFileTheCodeCameFrom() {
        String mdx = "# Title\n\n<TypeScriptExample>\n  ```ts\n  const a = 1;\n  enum E { A }\n  ```\n</TypeScriptExample>\n";
        SourceText file = new SourceText("content/page.mdx", mdx);
        TypeEraseException e = refused("const a = 1;\nenum E { A }\n");

        Diagnostic d = e.toDiagnostic(file, 5, 2);

        assertThat(Reporter.format(d)).isEqualTo("""
            content/page.mdx:6:3: error: cannot erase enum 'E': an enum creates an object at runtime
                enum E { A }
                ^
              hint: use a plain object instead: const E = { ... } as const; ('declare enum' is erased)
            """);
    }

    private static TypeEraseException refused(String code) {
        TypeEraseException e = catchThrowableOfType(TypeEraseException.class, () -> TypeEraser.erase(code));
        assertThat(e).as("expected %s to be refused", code).isNotNull();
        return e;
    }
}
