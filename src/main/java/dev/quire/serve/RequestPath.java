package dev.quire.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A request path made safe to look up: percent-decoded as UTF-8, and refused (empty) when it could
 * name anything outside the site: {@code .} or {@code ..} segments (also encoded as {@code %2e}),
 * encoded slashes or backslashes, backslashes, NUL, empty segments ({@code //etc/passwd}), or a path
 * that does not start with '/'. The server answers those with 400 and reads nothing.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** The decoded path ("/guide/setup/"), or empty when the raw path is refused. */
    static Optional<String> decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        Optional<String> decoded = percentDecode(rawPath);
        if (decoded.isEmpty()) return decoded;
        String path = decoded.get();
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return Optional.empty();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) return Optional.empty();
            if (s.isEmpty() && i < segments.length - 1) return Optional.empty();
        }
        return decoded;
    }

    private static Optional<String> percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
