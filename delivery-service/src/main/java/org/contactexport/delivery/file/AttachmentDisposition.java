package org.contactexport.delivery.file;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A {@code Content-Disposition: attachment} value as RFC 6266 advises: an ASCII
 * {@code filename} for old clients, then the exact name as UTF-8 in {@code filename*}
 * (RFC 8187). Spring's own builder writes RFC 2047 words in {@code filename}, which RFC 6266
 * advises against.
 */
final class AttachmentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentDisposition() {
    }

    static String of(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''"
                + percentEncoded(fileName);
    }

    private static String asciiFallback(String fileName) {
        String withoutAccents = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : withoutAccents.toCharArray()) {
            boolean printable = c >= 0x20 && c < 0x7f;
            ascii.append(!printable || c == '"' || c == '\\' ? '_' : c);
        }
        return ascii.toString();
    }

    private static String percentEncoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isAttrChar(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ATTR_CHARS.indexOf(c) >= 0;
    }
}
