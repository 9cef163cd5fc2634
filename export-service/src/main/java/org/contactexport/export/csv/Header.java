package org.contactexport.export.csv;

import java.util.List;

/** What the first line of an export file holds. */
public enum Header {
    LABELS_FR, LABELS_EN, KEYS, NONE;

    public String key() {
        return name().toLowerCase();
    }

    /** The header cells for these columns; empty for {@link #NONE}. */
    List<String> cells(List<Column> columns) {
        return switch (this) {
            case LABELS_FR -> columns.stream().map(Column::labelFr).toList();
            case LABELS_EN -> columns.stream().map(Column::labelEn).toList();
            case KEYS -> columns.stream().map(Column::key).toList();
            case NONE -> List.of();
        };
    }
}
