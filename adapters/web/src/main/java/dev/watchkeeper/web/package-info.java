/**
 * The staff web console, as an adapter like the chat platforms': staff act on the console's pages,
 * and {@link dev.watchkeeper.web.ConsoleGateway} hands each action to the bot as the same event a
 * chat button or a staff command would be, so the core's role checks, audit and decisions are the
 * chat's; the decisions then go to the platforms, and what the bot says back to the presser is
 * shown on the page. The views read the stores through the core's ports. Plain Java: the
 * application serves these views with Spring MVC and the templates under {@code templates/console}.
 */
@NullMarked
package dev.watchkeeper.web;

import org.jspecify.annotations.NullMarked;
