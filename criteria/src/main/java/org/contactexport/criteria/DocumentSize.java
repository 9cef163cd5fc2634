package org.contactexport.criteria;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Measures a document in UTF-8 bytes of JSON, stopping as soon as it passes the limit. A tree
 * is measured as written compactly, without recursion, so that any depth is safe to measure.
 */
final class DocumentSize {

    private DocumentSize() {
    }

    static boolean exceeds(String json, long limit) {
        long bytes = 0;
        for (int i = 0; i < json.length() && bytes <= limit; i++) {
            bytes += utf8Bytes(json.charAt(i));
        }
        return bytes > limit;
    }

    static boolean exceeds(JsonNode document, long limit) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(document);
        long bytes = 0;
        while (!pending.isEmpty() && bytes <= limit) {
            JsonNode node = pending.pop();
            bytes += ownBytes(node);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    bytes += quotedBytes(member.getKey()) + 1;
                    pending.push(member.getValue());
                }
            } else if (node.isArray()) {
                node.values().forEach(pending::push);
            }
        }
        return bytes > limit;
    }

    /** The bytes of a node without its members or elements: brackets and separators. */
    private static long ownBytes(JsonNode node) {
        if (node.isContainer()) {
            return 2L + Math.max(0, node.size() - 1);
        }
        if (node.isString()) {
            return quotedBytes(node.stringValue());
        }
        return node.toString().length();
    }

    private static long quotedBytes(String text) {
        long bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r' || c == '\b'
                    || c == '\f') {
                bytes += 2;
            } else if (c < 0x20) {
                bytes += 6;
            } else {
                bytes += utf8Bytes(c);
            }
        }
        return bytes;
    }

    /** A surrogate counts 2, so that a pair counts the 4 bytes of its code point. */
    private static int utf8Bytes(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
