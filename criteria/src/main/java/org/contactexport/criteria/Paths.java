package org.contactexport.criteria;

import java.util.regex.Pattern;

/** Builds the JSONPath-like locations of faults: {@code $}, {@code $.all[1].op}. */
final class Paths {

    static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Paths() {
    }

    static String member(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "[" + Quote.of(name) + "]";
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
