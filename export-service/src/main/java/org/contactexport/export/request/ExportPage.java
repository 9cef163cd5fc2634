package org.contactexport.export.request;

import java.util.List;

/** One page of the export history, newest first. */
record ExportPage(List<ExportView> items, int page, int size, long total) {
}
