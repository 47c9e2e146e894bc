/**
 * Sign-in to the staff web console with the platform identity: {@code /console} in a staff or
 * moderators' chat, or in a private chat with the bot, sends the member privately a one-time link
 * valid for a few minutes. The link carries a {@link dev.watchkeeper.core.signin.ConsoleGrant}: who
 * the member is on the platform and which console roles the bot already knows them by. The web
 * adapter redeems it once and keeps the grant in the web session; every action it then takes goes
 * through the core's own role checks, as a chat button would.
 */
@NullMarked
package dev.watchkeeper.core.signin;

import org.jspecify.annotations.NullMarked;
