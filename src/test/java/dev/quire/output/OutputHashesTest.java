package dev.quire.output;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;

class OutputHashesTest {

    @Test
    void sumIsTheChecksumInEightHexDigitsAndTheSize() {
        assertThat(OutputHashes.sum(new byte[0])).isEqualTo("00000000 0");
        Random random = new Random(3);
        int leadingZero = 0;
        for (int n = 0; n < 500; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            String sum = OutputHashes.sum(bytes);
            assertThat(sum).isEqualTo(String.format("%08x %d", crc.getValue(), bytes.length));
            if (sum.startsWith("0")) leadingZero++;
        }
        assertThat(leadingZero).isPositive();
    }
}
