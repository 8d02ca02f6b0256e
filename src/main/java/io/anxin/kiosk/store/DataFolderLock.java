package io.anxin.kiosk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one process the owner of a data folder (DESIGN.md, "Who owns the database"). The lock is
 * an OS file lock, so it is released when the owner dies, even by kill -9.
 */
public final class DataFolderLock implements AutoCloseable {

    public static final String FILE_NAME = "kiosk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder or fails at once with {@link StoreException.Kind#OWNED_ELSEWHERE}, naming the
     * owner's process id and purpose.
     */
    public static DataFolderLock acquire(Path dataDir, String purpose) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = readOwner(file);
                channel.close();
                throw new StoreException(StoreException.Kind.OWNED_ELSEWHERE,
                        "data folder " + dataDir + " is in use by another kiosk process (" + owner
                                + "); stop it first, or give this one its own data.dir", null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + purpose + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.DATA_FOLDER,
                    "cannot use data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String readOwner(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "owner unknown" : s;
        } catch (IOException e) {
            return "owner unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
    }
}
