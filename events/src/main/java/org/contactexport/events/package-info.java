/**
 * Event contracts shared by the services: versioned JSON records and their topics.
 */
package org.contactexport.events;
