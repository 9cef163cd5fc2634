package org.contactexport.export.worker;

import java.text.Normalizer;
import java.util.Locale;

/** The name of a completed file, made from the export's name: safe on every file system. */
final class FileNames {

    private static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    static String of(String exportName) {
        String ascii = Normalizer.normalize(exportName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "export";
        }
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        return slug + ".csv";
    }
}
