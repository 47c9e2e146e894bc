/** Decisions as Discord messages: Markdown Discord renders, messages under 2000 characters, buttons, no pings. */
@NullMarked
package dev.watchkeeper.discord.render;

import org.jspecify.annotations.NullMarked;
