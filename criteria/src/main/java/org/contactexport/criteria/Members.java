package org.contactexport.criteria;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** Checks the member names of a JSON object against those allowed there. */
final class Members {

    private Members() {
    }

    static void refuseUnknown(JsonNode object, String path, List<String> allowed, Faults faults) {
        for (String name : object.propertyNames()) {
            if (!allowed.contains(name)) {
                faults.add(Paths.member(path, name), "unknown member " + Quote.of(name), allowed);
            }
        }
    }

    static void refuseMissing(String path, String name, List<String> allowed, Faults faults) {
        faults.add(Paths.member(path, name), "missing member " + Quote.of(name), allowed);
    }
}
