/** What incident mode keeps: incidents, their timelines, the members linked to them, the alerts that led to them. */
@NullMarked
package dev.watchkeeper.core.incident.model;

import org.jspecify.annotations.NullMarked;
