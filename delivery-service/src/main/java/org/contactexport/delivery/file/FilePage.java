package org.contactexport.delivery.file;

import java.util.List;

/** One page of the account's files, newest first. */
record FilePage(List<FileSummary> items, int page, int size, long totalItems, int totalPages) {
}
