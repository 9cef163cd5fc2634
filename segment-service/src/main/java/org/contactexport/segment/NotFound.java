package org.contactexport.segment;

/**
 * Nothing by that id in the caller's account; another account's object is not told apart.
 * The message names what was looked for.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
