package org.contactexport.launcher.demo;

/** A user of a demo account, who receives the notifications. */
public record DemoUser(String id, String email, String name, String language) {
}
