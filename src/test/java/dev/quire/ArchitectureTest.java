package dev.quire;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package layout is a picture of the pipeline (STYLE.md): each package may depend only on the
 * packages before it. This test keeps that true.
 */
class ArchitectureTest {

    /** Package → the Quire packages it may use (besides itself). */
    static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("diag", List.of());
        ALLOWED.put("config", List.of("diag"));
        ALLOWED.put("content", List.of("diag", "config"));
        ALLOWED.put("mdx", List.of("diag"));
        ALLOWED.put("partial", List.of("diag", "config", "content", "mdx"));
        ALLOWED.put("model", List.of("diag", "config", "content"));
        ALLOWED.put("template", List.of("diag", "config", "model"));
        ALLOWED.put("search", List.of("diag", "config", "model"));
        ALLOWED.put("render", List.of("diag", "config", "content", "model", "mdx", "partial", "template", "search"));
        ALLOWED.put("post", List.of("diag", "model"));
        ALLOWED.put("output", List.of("diag", "config", "model", "template", "post", "search"));
        ALLOWED.put("check", List.of("diag", "config", "content", "model", "post"));
        ALLOWED.put("build", List.of("diag", "config", "content", "mdx", "partial", "model", "template", "search", "render", "post", "output", "check"));
        ALLOWED.put("serve", List.of("build", "diag", "config"));
        ALLOWED.put("publish", List.of("build", "check", "diag", "config", "model"));
        ALLOWED.put("review", List.of("build", "check", "diag", "config", "content", "model"));
        ALLOWED.put("cli", List.of("build", "serve", "publish", "check", "review", "diag", "config"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.quire");
    }

    static List<String> packages() {
        return new ArrayList<>(ALLOWED.keySet());
    }

    @ParameterizedTest
    @MethodSource("packages")
    void dependsOnlyOnEarlierStages(String pkg) {
        List<String> forbidden = new ArrayList<>();
        for (String other : ALLOWED.keySet()) {
            if (!other.equals(pkg) && !ALLOWED.get(pkg).contains(other)) forbidden.add("dev.quire." + other + "..");
        }
        noClasses().that().resideInAPackage("dev.quire." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @org.junit.jupiter.api.Test
    void mdxDoesNotKnowPebble() {
        noClasses().that().resideInAPackage("dev.quire.mdx..").should().dependOnClassesThat()
                .resideInAPackage("io.pebbletemplates..").allowEmptyShould(true).check(classes);
    }

    @org.junit.jupiter.api.Test
    void templateDoesNotKnowFlexmark() {
        noClasses().that().resideInAPackage("dev.quire.template..").should().dependOnClassesThat()
                .resideInAPackage("com.vladsch.flexmark..").allowEmptyShould(true).check(classes);
    }
}
