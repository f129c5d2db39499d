package dev.quire.output;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MemorySinkTest {

    private static byte[] b(String s) {
        return s.getBytes();
    }

    @Test
    void aSnapshotNeverChangesAndTheNextOneHasTheChanges() {
        MemorySink sink = new MemorySink();
        for (int i = 0; i < 1000; i++) sink.write("p" + i + "/index.html", b("v1 " + i));
        Map<String, byte[]> first = sink.snapshot();
        sink.write("p1/index.html", b("v2"));
        sink.remove("p2/index.html");
        sink.write("new.html", b("new"));
        Map<String, byte[]> second = sink.snapshot();

        assertThat(first.get("p1/index.html")).isEqualTo(b("v1 1"));
        assertThat(first.containsKey("p2/index.html")).isTrue();
        assertThat(first.containsKey("new.html")).isFalse();
        assertThat(first).hasSize(1000);

        assertThat(second.get("p1/index.html")).isEqualTo(b("v2"));
        assertThat(second.get("p2/index.html")).isNull();
        assertThat(second.containsKey("p2/index.html")).isFalse();
        assertThat(second.get("new.html")).isEqualTo(b("new"));
        assertThat(second.get("p3/index.html")).isEqualTo(b("v1 3"));
        assertThat(second).hasSize(1000).containsKey("new.html").doesNotContainKey("p2/index.html");
        assertThat(MemorySink.isSnapshot(second)).isTrue();
    }

    @Test
    void manyChangesMakeAFullCopyAgain() {
        MemorySink sink = new MemorySink();
        for (int i = 0; i < 300; i++) sink.write("a" + i, b("1"));
        sink.snapshot();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 300; i++) sink.write("a" + i, b("round " + round));
            Map<String, byte[]> s = sink.snapshot();
            assertThat(s).hasSize(300);
            assertThat(s.get("a7")).isEqualTo(b("round " + round));
        }
    }
}
