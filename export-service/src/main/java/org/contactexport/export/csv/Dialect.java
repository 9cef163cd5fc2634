package org.contactexport.export.csv;

/** The two ways an export file is written. */
public enum Dialect {

    /** For a person opening the file in Excel or LibreOffice Calc. */
    SPREADSHEET(";", true, Header.LABELS_FR),

    /** For machines: values exactly as stored. */
    DATA(",", false, Header.KEYS);

    private final String defaultDelimiter;
    private final boolean defaultBom;
    private final Header defaultHeader;

    Dialect(String defaultDelimiter, boolean defaultBom, Header defaultHeader) {
        this.defaultDelimiter = defaultDelimiter;
        this.defaultBom = defaultBom;
        this.defaultHeader = defaultHeader;
    }

    public String defaultDelimiter() {
        return defaultDelimiter;
    }

    public boolean defaultBom() {
        return defaultBom;
    }

    public Header defaultHeader() {
        return defaultHeader;
    }

    public String key() {
        return name().toLowerCase();
    }
}
