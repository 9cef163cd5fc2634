package org.contactexport.contact.importing;

/**
 * How much of an imported file is held at once, so that memory stays bounded whatever is sent:
 * the parser keeps a whole record (and the header row) in memory, so each is capped, and the
 * body as a whole is capped too.
 *
 * @param maxBodyBytes    the largest body accepted, in bytes
 * @param maxHeaderChars  the longest header row, in characters
 * @param maxRecordChars  the longest record, in characters, quoted line breaks included
 * @param maxValueChars   the longest value; a longer one rejects its row only
 */
record ImportLimits(long maxBodyBytes, int maxHeaderChars, int maxRecordChars,
        int maxValueChars) {

    static final int HEADER_CHARS = 64 * 1024;
    static final int RECORD_CHARS = 1024 * 1024;
    static final int VALUE_CHARS = 10_000;

    static ImportLimits withMaxBody(long maxBodyBytes) {
        return new ImportLimits(maxBodyBytes, HEADER_CHARS, RECORD_CHARS, VALUE_CHARS);
    }
}
