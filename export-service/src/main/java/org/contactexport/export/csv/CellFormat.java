package org.contactexport.export.csv;

/** Turns a stored value into the text of a cell. */
interface CellFormat {

    String show(Column column, String stored);

    /** The data dialect: values exactly as stored. */
    CellFormat AS_STORED = (column, stored) -> stored;
}
