package org.contactexport.launcher.demo;

import java.util.List;

/** The demo accounts that were loaded. */
public record DemoLoad(List<DemoAccount> accounts) {
}
