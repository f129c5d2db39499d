package dev.quire.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a build knows of an output file it wrote: its checksum and size as {@link OutputHashes} lists them,
 * and the file's identity on disk (modification time to the nanosecond, and the file system's key, the
 * inode on Unix). A later build may take the file over unread while both still match, as {@code make} and
 * {@code git} trust a file's stat; a file edited or replaced since has another time or inode, and is not
 * taken. A hard link keeps inode and time, so a file reused by linking keeps its stamp.
 */
public record FileStamp(String sum, long modified, String fileKey) {

    public FileStamp {
        Objects.requireNonNull(sum, "sum");
        fileKey = fileKey == null ? "" : fileKey;
    }

    /** The stamp of {@code file} when it is a regular file, with the checksum a build computed for it. */
    static Optional<FileStamp> of(Path file, String sum) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) return Optional.empty();
            Object key = a.fileKey();
            return Optional.of(new FileStamp(sum, a.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The size the checksum records (its second field). */
    long size() {
        return Long.parseLong(sum.substring(sum.indexOf(' ') + 1));
    }

    /** True when {@code file} is still the file this stamp describes. */
    boolean matches(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object key = a.fileKey();
            return a.isRegularFile() && a.size() == size() && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified
                    && !fileKey.isEmpty() && fileKey.equals(key == null ? "" : key.toString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
