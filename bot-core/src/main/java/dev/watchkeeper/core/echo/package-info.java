/** How a reply may repeat what a member wrote: bounded, and stripped of what could carry harm. */
@NullMarked
package dev.watchkeeper.core.echo;

import org.jspecify.annotations.NullMarked;
