package org.contactexport.launcher.demo;

import java.util.List;

/** A demo account as loaded: its id, its users and the number of contacts it holds. */
public record DemoAccount(String id, List<DemoUser> users, long contacts) {
}
