package org.contactexport.delivery.file;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.contactexport.events.ExportCompleted;

/**
 * Where export-service writes the file of an export: {@code <accountId>/<exportId>/<fileName>}.
 * An event naming any other place would let one account register, and then download, another
 * account's file, so nothing else is accepted.
 */
public final class ExpectedFileLocation {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private ExpectedFileLocation() {
    }

    public static boolean isRespectedBy(ExportCompleted event) {
        String account = event.accountId();
        String fileName = event.fileName();
        if (account == null || !ACCOUNT_ID.matcher(account).matches()
                || event.exportId() == null || !isPlainFileName(fileName)
                || event.fileLocation() == null) {
            return false;
        }

        try {
            Path location = Path.of(event.fileLocation());
            Path expected = Path.of(account, event.exportId().toString(), fileName);
            return !location.isAbsolute() && location.normalize().equals(expected);
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    private static boolean isPlainFileName(String fileName) {
        return fileName != null && !fileName.isBlank()
                && !fileName.contains("/") && !fileName.contains("\\")
                && !fileName.equals(".") && !fileName.equals("..")
                && fileName.indexOf('\0') < 0;
    }
}
